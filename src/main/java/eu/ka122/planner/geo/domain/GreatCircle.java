package eu.ka122.planner.geo.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One-way great-circle distance as the rulebook defines it: haversine on a sphere of
 * radius 6371 km, rounded half-up to 0.01 km (ka122-rulebook.md §4, "Distance").
 */
public final class GreatCircle {

	/** Mean Earth radius the Commission's distance calculator uses. */
	public static final double EARTH_RADIUS_KM = 6371.0;

	private GreatCircle() {
	}

	/**
	 * @param lat1 latitude of the origin in degrees, -90 to 90
	 * @param lon1 longitude of the origin in degrees, -180 to 180
	 * @param lat2 latitude of the destination in degrees
	 * @param lon2 longitude of the destination in degrees
	 * @return the distance in km with scale 2
	 */
	public static BigDecimal distanceKm(double lat1, double lon1, double lat2, double lon2) {
		requireLatitude(lat1);
		requireLatitude(lat2);
		requireLongitude(lon1);
		requireLongitude(lon2);
		double phi1 = Math.toRadians(lat1);
		double phi2 = Math.toRadians(lat2);
		double halfDeltaPhi = Math.toRadians(lat2 - lat1) / 2;
		double halfDeltaLambda = Math.toRadians(lon2 - lon1) / 2;
		double h = Math.sin(halfDeltaPhi) * Math.sin(halfDeltaPhi)
				+ Math.cos(phi1) * Math.cos(phi2) * Math.sin(halfDeltaLambda) * Math.sin(halfDeltaLambda);
		// Rounding can push h a hair above 1 for antipodal points, where asin would
		// return NaN.
		double centralAngle = 2 * Math.asin(Math.sqrt(Math.min(1.0, h)));
		return BigDecimal.valueOf(EARTH_RADIUS_KM * centralAngle).setScale(2, RoundingMode.HALF_UP);
	}

	private static void requireLatitude(double latitude) {
		if (!(latitude >= -90 && latitude <= 90)) {
			throw new IllegalArgumentException("latitude out of range: " + latitude);
		}
	}

	private static void requireLongitude(double longitude) {
		if (!(longitude >= -180 && longitude <= 180)) {
			throw new IllegalArgumentException("longitude out of range: " + longitude);
		}
	}

}
