package eu.ka122.planner.estimate;

import java.math.BigDecimal;
import java.util.Optional;

import eu.ka122.planner.geo.GeoService;

import org.springframework.stereotype.Component;

/**
 * The distance of a typed activity row: the one typed, or else the great-circle distance
 * between the two cities named (origin in the applicant's country).
 */
@Component
public class Distances {

	private final GeoService geo;

	Distances(GeoService geo) {
		this.geo = geo;
	}

	/**
	 * @return the distance to use (null when neither a distance nor two cities were
	 * given), or empty when the cities were given but one of them is not in the gazetteer
	 */
	public Optional<Resolved> resolve(ActivityInput row, String applicantCountry, String destinationCountry) {
		if (row.getDistanceKm() != null || isBlank(row.getOriginCity()) || isBlank(row.getDestinationCity())) {
			return Optional.of(new Resolved(row.getDistanceKm(), false));
		}
		return this.geo.distanceKm(row.getOriginCity(), applicantCountry, row.getDestinationCity(), destinationCountry)
			.map((km) -> new Resolved(km, true));
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	/** A distance and whether it was computed from the cities. */
	public record Resolved(BigDecimal distanceKm, boolean computed) {
	}

}
