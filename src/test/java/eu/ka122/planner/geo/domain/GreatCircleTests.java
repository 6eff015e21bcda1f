package eu.ka122.planner.geo.domain;

import java.math.BigDecimal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GreatCircleTests {

	/** Half the circumference of the 6371 km sphere: no two points are further apart. */
	private static final BigDecimal HALF_CIRCUMFERENCE = new BigDecimal("20015.09");

	@Test
	void madridToRomeIsTheRulebookExample() {
		assertThat(GreatCircle.distanceKm(40.4165, -3.70256, 41.89193, 12.51133)).isEqualTo(new BigDecimal("1365.28"));
	}

	// Expected values computed independently (Python, same formula) from GeoNames
	// coordinates.
	@ParameterizedTest(name = "{0} → {3}: {6} km")
	@CsvSource(delimiter = '|', textBlock = """
			Brussels   | 50.85045 |  4.34878 | Paris      | 48.85341 |   2.3488  |  264.31
			Lisbon     | 38.72509 | -9.1498  | Helsinki   | 60.16952 |  24.93545 | 3360.27
			Valletta   | 35.89968 | 14.5148  | Reykjavík  | 64.13548 | -21.89541 | 3970.30
			North pole | 90       |  0       | South pole | -90    |   0       | 20015.09
			""")
	void givesTheHaversineDistanceRoundedToTheCent(String from, double lat1, double lon1, String to, double lat2,
			double lon2, BigDecimal expected) {
		assertThat(GreatCircle.distanceKm(lat1, lon1, lat2, lon2)).isEqualTo(expected);
	}

	@Test
	void alwaysHasTwoDecimals() {
		assertThat(GreatCircle.distanceKm(50, 8, 50, 8).scale()).isEqualTo(2);
		assertThat(GreatCircle.distanceKm(50, 8, 50, 8)).isEqualByComparingTo("0");
	}

	@Test
	void rejectsCoordinatesOffTheGlobe() {
		assertThatIllegalArgumentException().isThrownBy(() -> GreatCircle.distanceKm(91, 0, 0, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> GreatCircle.distanceKm(0, 0, 0, 180.5));
		assertThatIllegalArgumentException().isThrownBy(() -> GreatCircle.distanceKm(Double.NaN, 0, 0, 0));
	}

	@Property
	void isSymmetric(@ForAll @DoubleRange(min = -90, max = 90) double lat1,
			@ForAll @DoubleRange(min = -180, max = 180) double lon1,
			@ForAll @DoubleRange(min = -90, max = 90) double lat2,
			@ForAll @DoubleRange(min = -180, max = 180) double lon2) {
		assertThat(GreatCircle.distanceKm(lat1, lon1, lat2, lon2))
			.isEqualTo(GreatCircle.distanceKm(lat2, lon2, lat1, lon1));
	}

	@Property
	void isZeroFromAPointToItself(@ForAll @DoubleRange(min = -90, max = 90) double lat,
			@ForAll @DoubleRange(min = -180, max = 180) double lon) {
		assertThat(GreatCircle.distanceKm(lat, lon, lat, lon)).isEqualTo(new BigDecimal("0.00"));
	}

	@Property
	void liesBetweenZeroAndHalfTheCircumference(@ForAll @DoubleRange(min = -90, max = 90) double lat1,
			@ForAll @DoubleRange(min = -180, max = 180) double lon1,
			@ForAll @DoubleRange(min = -90, max = 90) double lat2,
			@ForAll @DoubleRange(min = -180, max = 180) double lon2) {
		assertThat(GreatCircle.distanceKm(lat1, lon1, lat2, lon2)).isBetween(BigDecimal.ZERO, HALF_CIRCUMFERENCE);
	}

	@Property
	void neverBeatsADetourByMoreThanRounding(@ForAll @DoubleRange(min = -90, max = 90) double latA,
			@ForAll @DoubleRange(min = -180, max = 180) double lonA,
			@ForAll @DoubleRange(min = -90, max = 90) double latB,
			@ForAll @DoubleRange(min = -180, max = 180) double lonB,
			@ForAll @DoubleRange(min = -90, max = 90) double latC,
			@ForAll @DoubleRange(min = -180, max = 180) double lonC) {
		BigDecimal direct = GreatCircle.distanceKm(latA, lonA, latC, lonC);
		BigDecimal detour = GreatCircle.distanceKm(latA, lonA, latB, lonB)
			.add(GreatCircle.distanceKm(latB, lonB, latC, lonC));
		assertThat(direct).isLessThanOrEqualTo(detour.add(new BigDecimal("0.02")));
	}

}
