package eu.ka122.planner.budget.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.ApplicationPlan;
import eu.ka122.planner.shared.PlannedActivity;

import static eu.ka122.planner.budget.domain.BudgetCategory.COURSE_FEES;
import static eu.ka122.planner.budget.domain.BudgetCategory.EXCEPTIONAL_COSTS;
import static eu.ka122.planner.budget.domain.BudgetCategory.INCLUSION_SUPPORT_ORGANISATIONS;
import static eu.ka122.planner.budget.domain.BudgetCategory.INCLUSION_SUPPORT_PARTICIPANTS;
import static eu.ka122.planner.budget.domain.BudgetCategory.INDIVIDUAL_SUPPORT;
import static eu.ka122.planner.budget.domain.BudgetCategory.LINGUISTIC_SUPPORT;
import static eu.ka122.planner.budget.domain.BudgetCategory.ORGANISATIONAL_SUPPORT;
import static eu.ka122.planner.budget.domain.BudgetCategory.PREPARATORY_VISITS;
import static eu.ka122.planner.budget.domain.BudgetCategory.TRAVEL;
import static eu.ka122.planner.shared.ActivityType.COURSE;
import static eu.ka122.planner.shared.ActivityType.GROUP_PUPIL_MOBILITY;
import static eu.ka122.planner.shared.ActivityType.HOSTING_TEACHER_IN_TRAINING;
import static eu.ka122.planner.shared.ActivityType.INVITED_EXPERT;
import static eu.ka122.planner.shared.ActivityType.JOB_SHADOWING;
import static eu.ka122.planner.shared.ActivityType.LONG_TERM_PUPIL_MOBILITY;
import static eu.ka122.planner.shared.ActivityType.PREPARATORY_VISIT;
import static eu.ka122.planner.shared.ActivityType.SHORT_TERM_PUPIL_MOBILITY;
import static eu.ka122.planner.shared.ActivityType.TEACHING_ASSIGNMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

class BudgetCalculatorTests {

	private static final RateTable DEFAULTS = RateTable.defaults2026();

	private final BudgetCalculator calculator = new BudgetCalculator();

	private Breakdown calculate(PlannedActivity... activities) {
		return this.calculator.calculate(ApplicationPlan.of(2026, "ES", activities), DEFAULTS);
	}

	private ActivityBudget only(PlannedActivity activity) {
		return calculate(activity).activities().get(0);
	}

	private static Map<BudgetCategory, BigDecimal> byCategory(ActivityBudget activity) {
		Map<BudgetCategory, BigDecimal> amounts = new LinkedHashMap<>();
		activity.lines().forEach((line) -> amounts.merge(line.category(), line.amount(), BigDecimal::add));
		return amounts;
	}

	private static BigDecimal eur(String amount) {
		return new BigDecimal(amount);
	}

	@Test
	void computesTheEstimateApiExampleWithTheDefaultRates() {
		PlannedActivity jobShadowing = PlannedActivity.of(JOB_SHADOWING, "IT", 3, 10)
			.withDestinationCity("Rome")
			.withParticipantsWithFewerOpportunities(1)
			.withTravelDays(2)
			.withDistanceKm("1365.28");

		Breakdown breakdown = calculate(jobShadowing);

		assertThat(breakdown.agencyCode()).isEqualTo("ES01");
		assertThat(breakdown.provisionalRates()).isTrue();
		assertThat(breakdown.callYear()).isEqualTo(2026);
		assertThat(breakdown.rateTableVersion()).isEqualTo(1);
		ActivityBudget activity = breakdown.activities().get(0);
		assertThat(activity.receivingCountryGroup()).isEqualTo(1);
		assertThat(activity.dailyRates()).isEqualTo(new DailyRates(191, 134, 191, 134));
		assertThat(activity.lines()).extracting(BudgetLine::category, BudgetLine::amount)
			.containsExactly(tuple(ORGANISATIONAL_SUPPORT, eur("1050")), tuple(TRAVEL, eur("927")),
					tuple(INDIVIDUAL_SUPPORT, eur("6876")), tuple(INCLUSION_SUPPORT_ORGANISATIONS, eur("125")));
		assertThat(activity.lines().get(1).explanation())
			.isEqualTo(Explanation.of("budget.line.travel.standard", 3, 309, eur("500"), eur("1999")));
		assertThat(activity.total()).isEqualTo(eur("8978"));
		assertThat(breakdown.totals()).containsExactly(entry(ORGANISATIONAL_SUPPORT, eur("1050")),
				entry(TRAVEL, eur("927")), entry(INDIVIDUAL_SUPPORT, eur("6876")),
				entry(INCLUSION_SUPPORT_ORGANISATIONS, eur("125")), entry(INCLUSION_SUPPORT_PARTICIPANTS, eur("0")),
				entry(PREPARATORY_VISITS, eur("0")), entry(COURSE_FEES, eur("0")), entry(LINGUISTIC_SUPPORT, eur("0")),
				entry(EXCEPTIONAL_COSTS, eur("0")));
		assertThat(breakdown.total()).isEqualTo(eur("8978"));
		assertThat(breakdown.courseShare()).isEqualByComparingTo("0");
		assertThat(breakdown.courseShareLimit()).isEqualTo(eur("20000"));
	}

	@ParameterizedTest(name = "[{index}] {0} km: green {1}, standard {2}")
	@CsvSource({ "0, 0, 0", "9.99, 0, 0", "10, 56, 28", "99.99, 56, 28", "100, 285, 211", "499.99, 285, 211",
			"500, 417, 309", "1999.99, 417, 309", "2000, 535, 395", "2999.99, 535, 395", "3000, 785, 580",
			"3999.99, 785, 580", "4000, 1180, 1180", "7999.99, 1180, 1180", "8000, 1735, 1735", "19999.99, 1735, 1735",
			"9.995, 56, 28", "99.994, 56, 28", "99.995, 285, 211" })
	void paysTheTravelBandOfTheDistanceRoundedToTheHundredth(String km, int green, int standard) {
		PlannedActivity activity = PlannedActivity.of(JOB_SHADOWING, "IT", 1, 5).withDistanceKm(km);

		assertThat(only(activity.withGreenTravel(true)).unitCostTravel()).isEqualTo(BigDecimal.valueOf(green));
		assertThat(only(activity.withGreenTravel(false)).unitCostTravel()).isEqualTo(BigDecimal.valueOf(standard));
		assertThat(byCategory(only(activity)).getOrDefault(TRAVEL, BigDecimal.ZERO))
			.isEqualTo(BigDecimal.valueOf(standard));
	}

	@ParameterizedTest(name = "[{index}] base {0} -> {1}")
	@CsvSource({ "191, 134", "169, 118", "148, 104", "85, 60", "74, 52", "64, 45", "107, 75", "48, 34", "36, 25" })
	void roundsTheReducedRateHalfUpToAWholeEuro(int base, int reduced) {
		assertThat(BudgetCalculator.reduced(base, UnitAmounts.guide())).isEqualTo(reduced);
	}

	@ParameterizedTest(name = "[{index}] {0} to {1}, {2}+{3} days")
	@CsvSource({
			// staff: group 1 IT 191/134, group 2 PT 169/118, group 3 PL 148/104
			"JOB_SHADOWING, IT, 14, 0, 2674", "JOB_SHADOWING, IT, 15, 0, 2808", "JOB_SHADOWING, IT, 13, 1, 2674",
			"JOB_SHADOWING, IT, 13, 2, 2808", "JOB_SHADOWING, PT, 14, 0, 2366", "JOB_SHADOWING, PT, 15, 0, 2484",
			"JOB_SHADOWING, PL, 14, 0, 2072", "JOB_SHADOWING, PL, 15, 0, 2176", "COURSE, IT, 2, 0, 382",
			"TEACHING_ASSIGNMENT, PL, 30, 0, 3736",
			// pupils: group 1 IT 85/60, group 2 PT 74/52, group 3 PL 64/45
			"SHORT_TERM_PUPIL_MOBILITY, IT, 14, 0, 1190", "SHORT_TERM_PUPIL_MOBILITY, IT, 15, 0, 1250",
			"SHORT_TERM_PUPIL_MOBILITY, PT, 14, 0, 1036", "SHORT_TERM_PUPIL_MOBILITY, PT, 15, 0, 1088",
			"SHORT_TERM_PUPIL_MOBILITY, PL, 14, 0, 896", "SHORT_TERM_PUPIL_MOBILITY, PL, 15, 0, 941",
			"GROUP_PUPIL_MOBILITY, IT, 12, 2, 1190", "LONG_TERM_PUPIL_MOBILITY, PT, 30, 0, 1868" })
	void paysTheBaseRateForFourteenDaysAndTheReducedRateAfter(ActivityType type, String country, int days,
			int travelDays, int perPerson) {
		ActivityBudget activity = only(PlannedActivity.of(type, country, 1, days).withTravelDays(travelDays));

		assertThat(byCategory(activity).get(INDIVIDUAL_SUPPORT)).isEqualTo(BigDecimal.valueOf(perPerson));
	}

	@ParameterizedTest(name = "[{index}] {0}+{1} days")
	@CsvSource({ "59, 0, 8704", "60, 0, 8838", "59, 2, 8838", "61, 0, 8838", "90, 2, 8838", "14, 0, 2674" })
	void paysAccompanyingPersonsTheStaffRateForSixtyDaysAtMost(int days, int travelDays, int perAccompanying) {
		PlannedActivity longTerm = PlannedActivity.of(LONG_TERM_PUPIL_MOBILITY, "FR", 1, days)
			.withTravelDays(travelDays)
			.withAccompanyingPersons(2);

		List<BudgetLine> individual = only(longTerm).lines()
			.stream()
			.filter((line) -> line.category() == INDIVIDUAL_SUPPORT)
			.toList();

		assertThat(individual).hasSize(2);
		assertThat(individual.get(1).amount()).isEqualTo(BigDecimal.valueOf(2L * perAccompanying));
	}

	@Test
	void explainsTheCapOfAccompanyingPersons() {
		PlannedActivity longTerm = PlannedActivity.of(LONG_TERM_PUPIL_MOBILITY, "FR", 1, 90)
			.withTravelDays(2)
			.withAccompanyingPersons(1);

		BudgetLine accompanying = only(longTerm).lines().get(2);

		assertThat(accompanying.explanation()).isEqualTo(
				Explanation.of("budget.line.individualSupport.accompanying.capped", 1, 14, 191, 46, 134, 15, 60, 92));
	}

	@ParameterizedTest(name = "[{index}] {0} x {1}")
	@CsvSource({ "GROUP_PUPIL_MOBILITY, 10, 1000", "COURSE, 3, 300", "INVITED_EXPERT, 2, 200",
			"HOSTING_TEACHER_IN_TRAINING, 2, 200", "SHORT_TERM_PUPIL_MOBILITY, 4, 1400", "JOB_SHADOWING, 3, 1050",
			"TEACHING_ASSIGNMENT, 1, 350", "LONG_TERM_PUPIL_MOBILITY, 2, 1000", "PREPARATORY_VISIT, 3, 0" })
	void paysOrganisationalSupportPerParticipantByType(ActivityType type, int participants, int amount) {
		ActivityBudget activity = only(PlannedActivity.of(type, "IT", participants, 10).withAccompanyingPersons(2));

		assertThat(byCategory(activity).getOrDefault(ORGANISATIONAL_SUPPORT, BigDecimal.ZERO))
			.isEqualTo(BigDecimal.valueOf(amount));
	}

	@Test
	void paysTwoHundredBeyondTheHundredthParticipantOfTheSameTypeInRowOrder() {
		Breakdown breakdown = calculate(PlannedActivity.of(JOB_SHADOWING, "IT", 90, 5),
				PlannedActivity.of(JOB_SHADOWING, "FR", 20, 5), PlannedActivity.of(TEACHING_ASSIGNMENT, "FR", 20, 5),
				PlannedActivity.of(JOB_SHADOWING, "DE", 5, 5),
				PlannedActivity.of(SHORT_TERM_PUPIL_MOBILITY, "DE", 100, 10),
				PlannedActivity.of(SHORT_TERM_PUPIL_MOBILITY, "DE", 1, 10));

		assertThat(breakdown.activities()).map((activity) -> byCategory(activity).get(ORGANISATIONAL_SUPPORT))
			.containsExactly(eur("31500"), eur("5500"), eur("7000"), eur("1000"), eur("35000"), eur("200"));
		assertThat(breakdown.activities().get(1).lines().get(0).explanation())
			.isEqualTo(Explanation.of("budget.line.organisationalSupport.split", 10, 350, 10, 200, 100));
		assertThat(breakdown.activities().get(3).lines().get(0).explanation())
			.isEqualTo(Explanation.of("budget.line.organisationalSupport.beyondThreshold", 5, 200, 100));
	}

	@Test
	void computesGroupPupilMobilityWithAccompanyingTeachersAndGreenTravel() {
		ActivityBudget activity = only(PlannedActivity.of(GROUP_PUPIL_MOBILITY, "FR", 12, 5)
			.withAccompanyingPersons(2)
			.withTravelDays(2)
			.withGreenTravel(true)
			.withDistanceKm("1200")
			.withParticipantsWithFewerOpportunities(2));

		assertThat(byCategory(activity)).containsExactly(entry(ORGANISATIONAL_SUPPORT, eur("1200")),
				entry(TRAVEL, eur("5838")), entry(INDIVIDUAL_SUPPORT, eur("9814")),
				entry(INCLUSION_SUPPORT_ORGANISATIONS, eur("250")));
		assertThat(activity.dailyRates()).isEqualTo(new DailyRates(85, 60, 191, 134));
		assertThat(activity.total()).isEqualTo(eur("17102"));
	}

	@Test
	void computesShortTermPupilMobilityWithLinguisticSupport() {
		ActivityBudget activity = only(PlannedActivity.of(SHORT_TERM_PUPIL_MOBILITY, "PT", 4, 20)
			.withTravelDays(2)
			.withDistanceKm("800")
			.withLinguisticSupportParticipants(2));

		assertThat(byCategory(activity)).containsExactly(entry(ORGANISATIONAL_SUPPORT, eur("1400")),
				entry(TRAVEL, eur("1236")), entry(INDIVIDUAL_SUPPORT, eur("5808")),
				entry(LINGUISTIC_SUPPORT, eur("300")));
		assertThat(activity.total()).isEqualTo(eur("8744"));
	}

	@Test
	void computesLongTermPupilMobilityWithReinforcedLinguisticSupport() {
		ActivityBudget activity = only(PlannedActivity.of(LONG_TERM_PUPIL_MOBILITY, "FR", 1, 90)
			.withTravelDays(2)
			.withAccompanyingPersons(1)
			.withDistanceKm("1000"));

		assertThat(byCategory(activity)).containsExactly(entry(ORGANISATIONAL_SUPPORT, eur("500")),
				entry(TRAVEL, eur("618")), entry(INDIVIDUAL_SUPPORT, eur("14708")),
				entry(LINGUISTIC_SUPPORT, eur("150")));
		assertThat(activity.total()).isEqualTo(eur("15976"));
	}

	@Test
	void computesACourseWithCourseFeesForTheDaysOfTheCourseOnly() {
		ActivityBudget activity = only(PlannedActivity.of(COURSE, "IT", 2, 5)
			.withTravelDays(2)
			.withDistanceKm("1365.28")
			.withCourseTitle("CLIL"));

		assertThat(byCategory(activity)).containsExactly(entry(ORGANISATIONAL_SUPPORT, eur("200")),
				entry(TRAVEL, eur("618")), entry(INDIVIDUAL_SUPPORT, eur("2674")), entry(COURSE_FEES, eur("800")));
		assertThat(activity.total()).isEqualTo(eur("4292"));
	}

	@Test
	void computesATeachingAssignmentInAGroupThreeCountry() {
		ActivityBudget activity = only(PlannedActivity.of(TEACHING_ASSIGNMENT, "PL", 1, 30)
			.withDistanceKm("2500")
			.withLinguisticSupportParticipants(1));

		assertThat(byCategory(activity)).containsExactly(entry(ORGANISATIONAL_SUPPORT, eur("350")),
				entry(TRAVEL, eur("395")), entry(INDIVIDUAL_SUPPORT, eur("3736")),
				entry(LINGUISTIC_SUPPORT, eur("150")));
		assertThat(activity.receivingCountryGroup()).isEqualTo(3);
	}

	@ParameterizedTest
	@CsvSource({ "ES", "IT", "US" })
	void paysInvitedExpertsAtTheRatesOfTheApplicantsCountryWithoutAccompanyingPersons(String destination) {
		ActivityBudget activity = only(PlannedActivity.of(INVITED_EXPERT, destination, 1, 5)
			.withTravelDays(2)
			.withDistanceKm("1800")
			.withAccompanyingPersons(1));

		assertThat(activity.receivingCountryGroup()).isEqualTo(2);
		assertThat(activity.dailyRates()).isEqualTo(new DailyRates(169, 118, 169, 118));
		assertThat(byCategory(activity)).containsExactly(entry(ORGANISATIONAL_SUPPORT, eur("100")),
				entry(TRAVEL, eur("309")), entry(INDIVIDUAL_SUPPORT, eur("1183")));
		assertThat(activity.total()).isEqualTo(eur("1592"));
	}

	@Test
	void paysHostedTeachersOnlyOrganisationalAndInclusionSupport() {
		ActivityBudget activity = only(PlannedActivity.of(HOSTING_TEACHER_IN_TRAINING, "ES", 2, 30)
			.withDistanceKm("1500")
			.withTravelDays(2)
			.withParticipantsWithFewerOpportunities(1));

		assertThat(byCategory(activity)).containsExactly(entry(ORGANISATIONAL_SUPPORT, eur("200")),
				entry(INCLUSION_SUPPORT_ORGANISATIONS, eur("125")));
		assertThat(activity.dailyRates()).isNull();
		assertThat(activity.unitCostTravel()).isEqualByComparingTo("0");
	}

	@Test
	void paysPreparatoryVisitsTheirUnitCostAndNothingElse() {
		ActivityBudget activity = only(PlannedActivity.of(PREPARATORY_VISIT, "IT", 2, 2)
			.withDistanceKm("1000")
			.withParticipantsWithFewerOpportunities(1)
			.withLinguisticSupportParticipants(1));

		assertThat(byCategory(activity)).containsExactly(entry(PREPARATORY_VISITS, eur("1360")));
		assertThat(activity.dailyRates()).isNull();
	}

	@Test
	void replacesTheTravelGrantWithEightyPercentOfExpensiveTravelCosts() {
		ActivityBudget activity = only(PlannedActivity.of(JOB_SHADOWING, "IS", 2, 5)
			.withDistanceKm("3000")
			.withExpensiveTravelCosts(eur("2000")));

		assertThat(byCategory(activity)).doesNotContainKey(TRAVEL).containsEntry(EXCEPTIONAL_COSTS, eur("1600.00"));
		assertThat(activity.unitCostTravel()).isEqualTo(eur("1160"));
		assertThat(activity.lines()).last()
			.extracting(BudgetLine::explanation)
			.isEqualTo(Explanation.of("budget.line.expensiveTravel", eur("2000"), eur("0.80"), eur("1160")));
	}

	@Test
	void roundsRealCostsHalfUpToTheCent() {
		Breakdown breakdown = this.calculator.calculate(new ApplicationPlan(2026, 1, "ES", eur("1000.01"),
				List.of(PlannedActivity.of(JOB_SHADOWING, "IT", 1, 5)
					.withVisaAndMedicalCosts(eur("123.455"))
					.withInclusionSupportCosts(eur("99.999"))
					.withExpensiveTravelCosts(eur("0.005")))),
				DEFAULTS);

		assertThat(byCategory(breakdown.activities().get(0)))
			.containsEntry(INCLUSION_SUPPORT_PARTICIPANTS, eur("100.00"))
			.containsEntry(EXCEPTIONAL_COSTS, eur("123.46"));
		assertThat(breakdown.applicationLines()).extracting(BudgetLine::amount).containsExactly(eur("800.01"));
		assertThat(breakdown.totals()).containsEntry(EXCEPTIONAL_COSTS, eur("923.47"));
		assertThat(breakdown.total()).isEqualTo(eur("2328.47"));
	}

	@Test
	void paysNoIndividualSupportWhereTheReceivingCountryHasNoGroup() {
		ActivityBudget activity = only(PlannedActivity.of(JOB_SHADOWING, "US", 1, 5).withDistanceKm("7000"));

		assertThat(activity.receivingCountryGroup()).isNull();
		assertThat(activity.dailyRates()).isNull();
		assertThat(byCategory(activity)).containsOnlyKeys(ORGANISATIONAL_SUPPORT, TRAVEL);
	}

	@Test
	void paysNoIndividualSupportWithoutAKnownAgency() {
		ApplicationPlan plan = ApplicationPlan.of(2026, "ES", PlannedActivity.of(JOB_SHADOWING, "IT", 1, 5));

		Breakdown unknownAgency = this.calculator.calculate(plan, DEFAULTS, "XX99");
		Breakdown noCountry = this.calculator.calculate(ApplicationPlan.of(2026, null, plan.activities().get(0)),
				DEFAULTS);

		for (Breakdown breakdown : List.of(unknownAgency, noCountry)) {
			assertThat(breakdown.provisionalRates()).isFalse();
			assertThat(breakdown.activities().get(0).receivingCountryGroup()).isEqualTo(1);
			assertThat(breakdown.activities().get(0).dailyRates()).isNull();
			assertThat(breakdown.totals()).containsEntry(INDIVIDUAL_SUPPORT, BigDecimal.ZERO);
			assertThat(breakdown.total()).isEqualTo(eur("350"));
		}
		assertThat(noCountry.agencyCode()).isNull();
	}

	@Test
	void usesTheRatesOfTheAgencyTheApplicantChose() {
		RateTable table = DEFAULTS.withVersion(2)
			.withAgency(new AgencyRates("BE01", "BE", "French Community", Map.of(1, 150, 2, 130, 3, 110),
					Map.of(1, 70, 2, 60, 3, 50), false));
		ApplicationPlan plan = ApplicationPlan.of(2026, "BE", PlannedActivity.of(JOB_SHADOWING, "IT", 1, 15));

		Breakdown chosen = this.calculator.calculate(plan, table, "BE01");
		Breakdown byDefault = this.calculator.calculate(plan, table);

		assertThat(chosen.agencyCode()).isEqualTo("BE01");
		assertThat(chosen.provisionalRates()).isFalse();
		assertThat(chosen.activities().get(0).dailyRates()).isEqualTo(new DailyRates(150, 105, 150, 105));
		assertThat(chosen.totals().get(INDIVIDUAL_SUPPORT)).isEqualTo(eur("2205"));
		assertThat(byDefault.agencyCode()).isEqualTo("BE02");
		assertThat(byDefault.totals().get(INDIVIDUAL_SUPPORT)).isEqualTo(eur("2808"));
	}

	@Test
	void sumsEveryLineOfCourseRowsIntoTheCourseShare() {
		Breakdown breakdown = calculate(
				PlannedActivity.of(COURSE, "IT", 2, 5).withTravelDays(2).withDistanceKm("1365.28").withCourseTitle("A"),
				PlannedActivity.of(JOB_SHADOWING, "IT", 1, 5),
				PlannedActivity.of(COURSE, "FI", 1, 5).withVisaAndMedicalCosts(eur("10.50")).withCourseTitle("B"));

		// 4292 + (100 org + 5 x 191 + 400 fees + 10.50 visa)
		assertThat(breakdown.courseShare()).isEqualTo(eur("5757.50"));
		assertThat(breakdown.total()).isEqualTo(eur("7062.50"));
	}

	@ParameterizedTest(name = "[{index}] total {0} -> limit {1}")
	@CsvSource({ "0, 20000", "10000, 20000", "40000, 20000", "40000.00, 20000", "40000.01, 20000.01", "40001, 20000.50",
			"40001.01, 20000.51", "100000, 50000.00" })
	void limitsCoursesToTwentyThousandOrHalfTheGrant(String total, String limit) {
		assertThat(BudgetCalculator.courseShareLimit(eur(total), UnitAmounts.guide())).isEqualTo(eur(limit));
	}

	@Test
	void listsAllNineCategoriesInTheirOrderEvenForAnEmptyPlan() {
		Breakdown breakdown = calculate();

		assertThat(breakdown.totals().keySet()).containsExactly(BudgetCategory.values());
		assertThat(breakdown.totals().values()).allSatisfy((amount) -> assertThat(amount).isZero());
		assertThat(breakdown.total()).isZero();
		assertThat(breakdown.activities()).isEmpty();
		assertThat(breakdown.applicationLines()).isEmpty();
	}

	@Test
	void leavesZeroLinesOutAndDoesNotThrowOnZeroParticipants() {
		ActivityBudget activity = only(PlannedActivity.of(JOB_SHADOWING, "IT", 0, 0).withDistanceKm("1000"));

		assertThat(activity.lines()).isEmpty();
		assertThat(activity.total()).isZero();
		assertThat(activity.dailyRates()).isNotNull();
	}

	@Test
	void paysAccompanyingPersonsOnlyOnMobilityRows() {
		ActivityBudget visit = only(PlannedActivity.of(PREPARATORY_VISIT, "IT", 1, 3).withAccompanyingPersons(2));
		ActivityBudget expert = only(
				PlannedActivity.of(INVITED_EXPERT, "ES", 1, 3).withAccompanyingPersons(2).withDistanceKm("600"));

		assertThat(visit.total()).isEqualTo(eur("680"));
		assertThat(expert.unitCostTravel()).isEqualTo(eur("309"));
		assertThat(expert.lines()).filteredOn((line) -> line.category() == INDIVIDUAL_SUPPORT).hasSize(1);
	}

}
