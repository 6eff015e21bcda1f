package eu.ka122.planner.budget.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.ApplicationPlan;
import eu.ka122.planner.shared.PlannedActivity;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetCalculatorPropertiesTests {

	private static final RateTable DEFAULTS = RateTable.defaults2026();

	private final BudgetCalculator calculator = new BudgetCalculator();

	@Property(tries = 200)
	void linesAddUpToTheCategoryTotalsAndTheTotal(@ForAll("plans") ApplicationPlan plan) {
		Breakdown breakdown = this.calculator.calculate(plan, DEFAULTS);

		Map<BudgetCategory, BigDecimal> sums = new EnumMap<>(BudgetCategory.class);
		for (BudgetCategory category : BudgetCategory.values()) {
			sums.put(category, BigDecimal.ZERO);
		}
		BigDecimal courseShare = BigDecimal.ZERO;
		for (ActivityBudget activity : breakdown.activities()) {
			BigDecimal activityTotal = activity.lines()
				.stream()
				.map(BudgetLine::amount)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(activity.total()).isEqualByComparingTo(activityTotal);
			activity.lines().forEach((line) -> sums.merge(line.category(), line.amount(), BigDecimal::add));
			if (activity.type() == ActivityType.COURSE) {
				courseShare = courseShare.add(activity.total());
			}
		}
		breakdown.applicationLines().forEach((line) -> sums.merge(line.category(), line.amount(), BigDecimal::add));
		sums.forEach((category, sum) -> assertThat(breakdown.totals().get(category)).isEqualByComparingTo(sum));
		assertThat(breakdown.total())
			.isEqualByComparingTo(breakdown.totals().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
		assertThat(breakdown.courseShare()).isEqualByComparingTo(courseShare);
		assertThat(breakdown.totals().keySet()).containsExactly(BudgetCategory.values());
	}

	@Property(tries = 200)
	void computesNoNegativeAndNoZeroLineAndKeepsUnitCostsWholeAndRealCostsInCents(
			@ForAll("plans") ApplicationPlan plan) {
		Breakdown breakdown = this.calculator.calculate(plan, DEFAULTS);

		List<BudgetLine> lines = new ArrayList<>(breakdown.applicationLines());
		breakdown.activities().forEach((activity) -> lines.addAll(activity.lines()));
		assertThat(lines).allSatisfy((line) -> {
			assertThat(line.amount()).isPositive();
			assertThat(line.amount().scale()).isIn(0, 2);
		});
		assertThat(breakdown.courseShareLimit()).isGreaterThanOrEqualTo(new BigDecimal("20000"));
		assertThat(breakdown.activities())
			.allSatisfy((activity) -> assertThat(activity.unitCostTravel()).isNotNegative());
	}

	@Property(tries = 150)
	void totalNeverDecreasesWhenDaysGrow(@ForAll("plans") ApplicationPlan plan, @ForAll @IntRange(max = 30) int row,
			@ForAll @IntRange(min = 1, max = 40) int more) {
		assertNeverDecreases(plan, row, (activity) -> activity.withDurationDays(activity.durationDays() + more));
		assertNeverDecreases(plan, row, (activity) -> activity.withTravelDays(activity.travelDays() + more));
	}

	@Property(tries = 150)
	void totalNeverDecreasesWhenParticipantsGrow(@ForAll("plans") ApplicationPlan plan,
			@ForAll @IntRange(max = 30) int row, @ForAll @IntRange(min = 1, max = 120) int more) {
		assertNeverDecreases(plan, row, (activity) -> activity.withParticipants(activity.participants() + more));
		assertNeverDecreases(plan, row,
				(activity) -> activity.withAccompanyingPersons(activity.accompanyingPersons() + more));
	}

	@Property(tries = 150)
	void totalNeverDecreasesWhenTheDistanceGrows(@ForAll("plans") ApplicationPlan plan,
			@ForAll @IntRange(max = 30) int row, @ForAll @IntRange(min = 1, max = 1_000_000) int moreHundredths) {
		assertNeverDecreases(plan, row, (activity) -> activity
			.withDistanceKm(activity.distanceKm().add(BigDecimal.valueOf(moreHundredths, 2))));
	}

	@Property(tries = 200)
	void neverThrowsWhateverTheNumbers(@ForAll("wildPlans") ApplicationPlan plan, @ForAll("agencies") String agency) {
		Breakdown breakdown = this.calculator.calculate(plan, DEFAULTS, agency);

		assertThat(breakdown.activities()).hasSize(plan.activities().size());
	}

	private void assertNeverDecreases(ApplicationPlan plan, int row,
			java.util.function.UnaryOperator<PlannedActivity> growth) {
		if (plan.activities().isEmpty()) {
			return;
		}
		int index = row % plan.activities().size();
		List<PlannedActivity> grown = new ArrayList<>(plan.activities());
		grown.set(index, growth.apply(grown.get(index)));
		BigDecimal before = this.calculator.calculate(plan, DEFAULTS).total();
		BigDecimal after = this.calculator.calculate(plan.withActivities(grown), DEFAULTS).total();
		assertThat(after).isGreaterThanOrEqualTo(before);
	}

	@Provide
	Arbitrary<ApplicationPlan> plans() {
		Arbitrary<BigDecimal> costs = Arbitraries.oneOf(Arbitraries.just(BigDecimal.ZERO),
				Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50000")).ofScale(3));
		Arbitrary<PlannedActivity> activity = Builders
			.withBuilder(() -> PlannedActivity.of(ActivityType.JOB_SHADOWING, "IT", 1, 5))
			.use(Arbitraries.of(ActivityType.class))
			.in(PlannedActivity::withType)
			.use(Arbitraries.of("IT", "ES", "PL", "PT", "FR", "EL", "IE", "LT", "TR", "US", "CH"))
			.in(PlannedActivity::withDestinationCountry)
			.use(Arbitraries.integers().between(0, 150))
			.in(PlannedActivity::withParticipants)
			.use(Arbitraries.integers().between(0, 10))
			.in(PlannedActivity::withParticipantsWithFewerOpportunities)
			.use(Arbitraries.integers().between(0, 10))
			.in(PlannedActivity::withAccompanyingPersons)
			.use(Arbitraries.integers().between(0, 400))
			.in(PlannedActivity::withDurationDays)
			.use(Arbitraries.integers().between(0, 6))
			.in(PlannedActivity::withTravelDays)
			.use(Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("20000")).ofScale(3))
			.in(PlannedActivity::withDistanceKm)
			.use(Arbitraries.of(true, false))
			.in(PlannedActivity::withGreenTravel)
			.use(Arbitraries.integers().between(0, 10))
			.in(PlannedActivity::withLinguisticSupportParticipants)
			.use(costs)
			.in(PlannedActivity::withExpensiveTravelCosts)
			.use(costs)
			.in(PlannedActivity::withVisaAndMedicalCosts)
			.use(costs)
			.in(PlannedActivity::withInclusionSupportCosts)
			.build();
		return Builders.withBuilder(() -> ApplicationPlan.of(2026, "ES"))
			.use(Arbitraries.of("ES", "BE", "EL", "IS", "US"))
			.in((plan, country) -> new ApplicationPlan(2026, 1, country, plan.financialGuaranteeCosts(),
					plan.activities()))
			.use(costs)
			.in(ApplicationPlan::withFinancialGuaranteeCosts)
			.use(activity.list().ofMaxSize(8))
			.in(ApplicationPlan::withActivities)
			.build();
	}

	@Provide
	Arbitrary<ApplicationPlan> wildPlans() {
		Arbitrary<Integer> anyInt = Arbitraries.integers();
		Arbitrary<BigDecimal> anyAmount = Arbitraries.bigDecimals()
			.between(new BigDecimal("-1e12"), new BigDecimal("1e12"))
			.injectNull(0.1);
		Arbitrary<String> anyText = Arbitraries
			.oneOf(Arbitraries.of("IT", "gr", "EL", " es ", "", "Narnia", "XX"), Arbitraries.strings().ofMaxLength(4))
			.injectNull(0.2);
		Arbitrary<PlannedActivity> activity = Builders
			.withBuilder(() -> PlannedActivity.of(ActivityType.JOB_SHADOWING, "IT", 1, 5))
			.use(Arbitraries.of(ActivityType.class))
			.in(PlannedActivity::withType)
			.use(anyText)
			.in(PlannedActivity::withDestinationCountry)
			.use(anyText)
			.in(PlannedActivity::withDestinationCity)
			.use(anyText)
			.in(PlannedActivity::withHostingOrganisation)
			.use(anyInt)
			.in(PlannedActivity::withParticipants)
			.use(anyInt)
			.in(PlannedActivity::withParticipantsWithFewerOpportunities)
			.use(anyInt)
			.in(PlannedActivity::withAccompanyingPersons)
			.use(anyInt)
			.in(PlannedActivity::withDurationDays)
			.use(anyInt)
			.in(PlannedActivity::withTravelDays)
			.use(anyAmount)
			.in(PlannedActivity::withDistanceKm)
			.use(anyInt)
			.in(PlannedActivity::withLinguisticSupportParticipants)
			.use(anyAmount)
			.in(PlannedActivity::withExpensiveTravelCosts)
			.use(anyAmount)
			.in(PlannedActivity::withVisaAndMedicalCosts)
			.use(anyAmount)
			.in(PlannedActivity::withInclusionSupportCosts)
			.build();
		return Builders.withBuilder(() -> ApplicationPlan.of(2026, "ES"))
			.use(anyText)
			.in((plan, country) -> new ApplicationPlan(plan.callYear(), plan.round(), country,
					plan.financialGuaranteeCosts(), plan.activities()))
			.use(anyInt)
			.in(ApplicationPlan::withRound)
			.use(anyAmount)
			.in(ApplicationPlan::withFinancialGuaranteeCosts)
			.use(activity.list().ofMaxSize(6))
			.in(ApplicationPlan::withActivities)
			.build();
	}

	@Provide
	Arbitrary<String> agencies() {
		return Arbitraries.of("ES01", "BE01", "BE05", "XX99", "").injectNull(0.2);
	}

}
