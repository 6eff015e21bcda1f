package eu.ka122.planner.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlannedActivityTests {

	@Test
	void treatsMissingAmountsAsZero() {
		PlannedActivity activity = new PlannedActivity(ActivityType.COURSE, "IT", null, null, 1, 0, 0, 5, 0, null,
				false, 0, null, null, null, null, null, null);

		assertThat(activity.distanceKm()).isEqualByComparingTo("0");
		assertThat(activity.expensiveTravelCosts()).isEqualByComparingTo("0");
		assertThat(activity.visaAndMedicalCosts()).isEqualByComparingTo("0");
		assertThat(activity.inclusionSupportCosts()).isEqualByComparingTo("0");
	}

	@ParameterizedTest
	@CsvSource({ "1365.275, 1365.28", "1365.2749, 1365.27", "499.995, 500.00", "9.994, 9.99", "10, 10.00" })
	void roundsTheDistanceHalfUpToTheHundredthOfAKilometre(String given, String used) {
		PlannedActivity activity = PlannedActivity.of(ActivityType.JOB_SHADOWING, "IT", 1, 5).withDistanceKm(given);

		assertThat(activity.distanceKm()).isEqualTo(new BigDecimal(used));
	}

	@Test
	void writesGreeceAsElAndKeepsWhatIsNoCountryCode() {
		assertThat(PlannedActivity.of(ActivityType.COURSE, " gr", 1, 5).destinationCountry()).isEqualTo("EL");
		assertThat(PlannedActivity.of(ActivityType.COURSE, "it", 1, 5).destinationCountry()).isEqualTo("IT");
		assertThat(PlannedActivity.of(ActivityType.COURSE, "Narnia", 1, 5).destinationCountry()).isEqualTo("Narnia");
		assertThat(PlannedActivity.of(ActivityType.COURSE, null, 1, 5).destinationCountry()).isNull();
	}

	@Test
	void requiresAType() {
		assertThatNullPointerException().isThrownBy(() -> PlannedActivity.of(null, "IT", 1, 5));
	}

	@Test
	void changesOneFieldAtATime() {
		PlannedActivity activity = PlannedActivity.of(ActivityType.GROUP_PUPIL_MOBILITY, "FR", 12, 7)
			.withAccompanyingPersons(2)
			.withTravelDays(2)
			.withGreenTravel(true)
			.withDestinationCity("Strasbourg")
			.withHostingOrganisation("Lycée Kléber")
			.withParticipantsWithFewerOpportunities(3)
			.withLinguisticSupportParticipants(1)
			.withCourseTitle("t")
			.withPreparesActivityType(ActivityType.COURSE)
			.withShortDurationJustification("j")
			.withExpensiveTravelCosts(BigDecimal.ONE)
			.withVisaAndMedicalCosts(BigDecimal.TEN)
			.withInclusionSupportCosts(new BigDecimal("2"))
			.withDistanceKm("700")
			.withParticipants(13)
			.withDurationDays(8)
			.withDestinationCountry("DE")
			.withType(ActivityType.SHORT_TERM_PUPIL_MOBILITY);

		assertThat(activity).isEqualTo(new PlannedActivity(ActivityType.SHORT_TERM_PUPIL_MOBILITY, "DE", "Strasbourg",
				"Lycée Kléber", 13, 3, 2, 8, 2, new BigDecimal("700.00"), true, 1, "t", ActivityType.COURSE, "j",
				BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("2")));
		assertThat(activity.supportDays()).isEqualTo(10);
	}

	@Test
	void keepsAnImmutableCopyOfThePlansActivities() {
		List<PlannedActivity> rows = new ArrayList<>(List.of(PlannedActivity.of(ActivityType.COURSE, "IT", 1, 5)));
		ApplicationPlan plan = new ApplicationPlan(2026, 1, "gr", null, rows);
		rows.clear();

		assertThat(plan.activities()).hasSize(1);
		assertThat(plan.applicantCountry()).isEqualTo("EL");
		assertThat(plan.financialGuaranteeCosts()).isEqualByComparingTo("0");
		assertThatThrownBy(() -> plan.activities().add(null)).isInstanceOf(UnsupportedOperationException.class);
		assertThat(new ApplicationPlan(2026, 1, "ES", null, null).activities()).isEmpty();
		assertThat(plan.withRound(2).round()).isEqualTo(2);
	}

}
