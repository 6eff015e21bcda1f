package eu.ka122.planner.budget.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.ApplicationPlan;
import eu.ka122.planner.shared.PlannedActivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The calculator computes with precomputed rates and long arithmetic where it can; these
 * properties hold it to exactly what the plain formulas of
 * {@link ReferenceBudgetCalculator} return: equal breakdowns, so equal amounts with equal
 * scales and equal explanations, for plans a coordinator enters, for any numbers the
 * records accept and for rate tables an administrator could get wrong (reduced-rate
 * factors that round often, bands with fractional or overlapping edges, agencies without
 * a rate, countries without a group).
 */
class BudgetCalculatorEquivalenceTests {

	private static final RateTable DEFAULTS = RateTable.defaults2026();

	private final BudgetCalculator calculator = new BudgetCalculator();

	private final ReferenceBudgetCalculator reference = new ReferenceBudgetCalculator();

	@Property(tries = 500)
	void computesWhatThePlainFormulasComputeForPlansCoordinatorsEnter(@ForAll("plans") ApplicationPlan plan,
			@ForAll("tables") RateTable table, @ForAll("agencies") String agency) {
		assertSameOutcome(plan, table, agency);
		assertSameOutcome(plan, table, table.defaultAgencyCode(plan.applicantCountry()).orElse(null));
	}

	@Property(tries = 500)
	void computesWhatThePlainFormulasComputeWhateverTheNumbers(@ForAll("wildPlans") ApplicationPlan plan,
			@ForAll("tables") RateTable table, @ForAll("agencies") String agency) {
		assertSameOutcome(plan, table, agency);
	}

	@Property(tries = 50)
	void computesTheSameWhenTablesAlternate(@ForAll("plans") ApplicationPlan plan,
			@ForAll("tableSequences") List<RateTable> tables) {
		// The calculator remembers a few tables; more than it keeps must not mix them up.
		for (RateTable table : tables) {
			assertSameOutcome(plan, table, "ES01");
		}
	}

	private void assertSameOutcome(ApplicationPlan plan, RateTable table, String agency) {
		Breakdown expected;
		try {
			expected = this.reference.calculate(plan, table, agency);
		}
		catch (ArithmeticException ex) {
			// Only tables no administrator can publish (a reduced-rate factor above 1
			// with a huge rate) overflow an int; they must fail alike.
			assertThatThrownBy(() -> this.calculator.calculate(plan, table, agency))
				.isInstanceOf(ArithmeticException.class);
			return;
		}
		assertThat(this.calculator.calculate(plan, table, agency)).isEqualTo(expected);
	}

	@Provide
	Arbitrary<RateTable> tables() {
		Arbitrary<BigDecimal> factor = Arbitraries.of(new BigDecimal("0.70"), new BigDecimal("0.655"),
				new BigDecimal("0.5"), BigDecimal.ONE, BigDecimal.ZERO, new BigDecimal("0.333333"),
				new BigDecimal("1.5"));
		Arbitrary<List<TravelBand>> bands = Arbitraries.of(DEFAULTS.travelBands(),
				List.of(new TravelBand(BigDecimal.ZERO, new BigDecimal("10.005"), 1, 2),
						new TravelBand(new BigDecimal("10.005"), new BigDecimal("99.5"), 56, 28),
						new TravelBand(new BigDecimal("99.5"), new BigDecimal("2000.00"), 417, 309),
						new TravelBand(new BigDecimal("2000.00"), null, 1735, 1735)),
				// Unordered and overlapping: the first band in the table's order wins.
				List.of(TravelBand.of(500, 2000, 417, 309), TravelBand.of(0, 600, 10, 20),
						TravelBand.of(1500, null, 99, 98)),
				List.of(TravelBand.of(100, 200, 5, 6)));
		Arbitrary<AgencyRates> oddAgency = Arbitraries.of(
				new AgencyRates("ES01", "ES", "Spain, group 2 without pupil rate", Map.of(1, 150, 2, 120, 3, 100),
						Map.of(1, 70, 3, 50), false),
				new AgencyRates("ES01", "ES", "Spain, staff rates only for group 1", Map.of(1, 150),
						Map.of(1, 70, 2, 60), false),
				new AgencyRates("IT02", "IT", "Italy, odd rates", Map.of(1, 107, 2, 95, 3, 85),
						Map.of(1, 49, 2, 41, 3, 37), false),
				new AgencyRates("ES01", "ES", "Spain, huge rates", Map.of(1, Integer.MAX_VALUE, 2, -7, 3, 0),
						Map.of(1, Integer.MIN_VALUE, 2, 41, 3, 1), false));
		Arbitrary<Map<String, Integer>> groups = Arbitraries.of(DEFAULTS.countryGroups(),
				Map.of("ES", 2, "IT", 1, "PL", 3, "FR", 4), Map.of());
		return Combinators
			.combine(factor, bands, oddAgency.injectNull(0.5), groups, Arbitraries.integers().between(0, 200),
					Arbitraries.of(true, false))
			.as((reducedRateFactor, travelBands, agency, countryGroups, threshold, odd) -> {
				UnitAmounts guide = DEFAULTS.units();
				UnitAmounts units = new UnitAmounts(guide.organisationalSupportBasic(),
						guide.organisationalSupportIndividual(), guide.organisationalSupportBeyondThreshold(),
						threshold, guide.organisationalSupportLongTerm(), guide.inclusionSupport(),
						guide.preparatoryVisit(), odd ? -80 : guide.courseFeePerDay(), guide.linguisticSupport(),
						guide.reinforcedLinguisticSupport(), reducedRateFactor, odd ? 10 : guide.fullRateDays(),
						odd ? 20 : guide.accompanyingCapDays(),
						odd ? new BigDecimal("0.333") : guide.exceptionalCostShare(),
						guide.expensiveTravelThresholdShare(), guide.courseShareFloor(), guide.courseShareThreshold(),
						odd ? new BigDecimal("0.4444") : guide.courseShareRatio());
				RateTable table = DEFAULTS.withUnits(units)
					.withTravelBands(travelBands)
					.withCountryGroups(countryGroups);
				return (agency != null) ? table.withAgency(agency) : table;
			})
			.edgeCases((config) -> config.add(DEFAULTS));
	}

	@Provide
	Arbitrary<List<RateTable>> tableSequences() {
		return tables().list().ofMinSize(6).ofMaxSize(12);
	}

	@Provide
	Arbitrary<String> agencies() {
		return Arbitraries.of("ES01", "IT02", "BE01", "XX99", "").injectNull(0.3);
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
			.use(Arbitraries.oneOf(
					Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("20000")).ofScale(3),
					Arbitraries.of("9.995", "10", "99.49", "99.5", "499.995", "500", "1999.99", "2000", "10.004")
						.map(BigDecimal::new)))
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
			.use(Arbitraries.of("ES", "BE", "EL", "IS", "IT", "US"))
			.in((plan, country) -> new ApplicationPlan(2026, 1, country, plan.financialGuaranteeCosts(),
					plan.activities()))
			.use(Arbitraries.oneOf(Arbitraries.just(BigDecimal.ZERO),
					Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50000")).ofScale(3)))
			.in(ApplicationPlan::withFinancialGuaranteeCosts)
			.use(activity.list().ofMaxSize(12))
			.in(ApplicationPlan::withActivities)
			.build();
	}

	@Provide
	Arbitrary<ApplicationPlan> wildPlans() {
		Arbitrary<Integer> anyInt = Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.integers().between(-3, 200));
		Arbitrary<BigDecimal> anyAmount = Arbitraries.bigDecimals()
			.between(new BigDecimal("-1e12"), new BigDecimal("1e12"))
			.injectNull(0.1);
		Arbitrary<String> anyText = Arbitraries
			.oneOf(Arbitraries.of("IT", "gr", "EL", " es ", "ES", "", "Narnia", "XX"),
					Arbitraries.strings().ofMaxLength(4))
			.injectNull(0.2);
		Arbitrary<PlannedActivity> activity = Builders
			.withBuilder(() -> PlannedActivity.of(ActivityType.JOB_SHADOWING, "IT", 1, 5))
			.use(Arbitraries.of(ActivityType.class))
			.in(PlannedActivity::withType)
			.use(anyText)
			.in(PlannedActivity::withDestinationCountry)
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
			.use(Arbitraries.of(true, false))
			.in(PlannedActivity::withGreenTravel)
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
			.use(anyAmount)
			.in(ApplicationPlan::withFinancialGuaranteeCosts)
			.use(activity.list().ofMaxSize(8))
			.in(ApplicationPlan::withActivities)
			.build();
	}

}
