package eu.ka122.planner.benchmark;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;

import eu.ka122.planner.budget.domain.Breakdown;
import eu.ka122.planner.budget.domain.BudgetCalculator;
import eu.ka122.planner.budget.domain.RateTable;
import eu.ka122.planner.eligibility.domain.BudgetFigures;
import eu.ka122.planner.eligibility.domain.CallFacts;
import eu.ka122.planner.eligibility.domain.EligibilityEngine;
import eu.ka122.planner.eligibility.domain.EligibilityInput;
import eu.ka122.planner.eligibility.domain.Finding;
import eu.ka122.planner.eligibility.domain.Severity;
import eu.ka122.planner.estimate.Estimate;
import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.ApplicationPlan;
import eu.ka122.planner.shared.PlannedActivity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@code Estimates} does for one plan once the rate table and the call are loaded:
 * the budget, the figures the rules need, the rules. The target is 100 000
 * estimates per second on one core for a 30-participant, 10-activity plan;
 * {@link BenchmarkMain} runs this with one thread. Speed goals live here, never in timed
 * unit tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EstimateBenchmark {

	static final int CALL_YEAR = 2026;

	/**
	 * {@code full}: the plan, 30 participants in 10 rows; {@code apiExample}: the
	 * one row of the API contract's example, for comparison with the load run.
	 */
	@Param({ "full", "apiExample" })
	public String plan;

	private final BudgetCalculator calculator = new BudgetCalculator();

	private final EligibilityEngine engine = new EligibilityEngine();

	private RateTable table;

	private CallFacts call;

	private ApplicationPlan applicationPlan;

	private EligibilityInput input;

	@Setup
	public void setUp() {
		// Stand-ins for what Estimates loads from the database: the published table and
		// the call's rounds.
		this.table = RateTable.defaults2026();
		this.call = CallFacts.standard(CALL_YEAR, false);
		this.applicationPlan = switch (this.plan) {
			case "full" -> thirtyParticipantsInTenActivities();
			case "apiExample" -> apiExample();
			default -> throw new IllegalArgumentException("Unknown plan " + this.plan);
		};
		Estimate estimate = estimate();
		this.input = EligibilityInput.estimate(this.applicationPlan, figures(estimate.breakdown()), this.call);
		// A benchmark of a plan the rules reject would measure an unusual path: the plan
		// must be submittable.
		List<Finding> errors = estimate.findings()
			.stream()
			.filter((finding) -> finding.severity() == Severity.ERROR)
			.toList();
		if (!errors.isEmpty()) {
			throw new IllegalStateException("The benchmark plan should be eligible, but: " + errors);
		}
	}

	/**
	 * Budget, mapping to the rules' figures and every rule the estimate API evaluates.
	 */
	@Benchmark
	public Estimate estimate() {
		String agency = this.table.defaultAgencyCode(this.applicationPlan.applicantCountry()).orElse(null);
		Breakdown breakdown = this.calculator.calculate(this.applicationPlan, this.table, agency);
		List<Finding> findings = this.engine
			.evaluate(EligibilityInput.estimate(this.applicationPlan, figures(breakdown), this.call));
		return new Estimate(this.applicationPlan, agency, breakdown, findings);
	}

	@Benchmark
	public Breakdown budgetOnly() {
		String agency = this.table.defaultAgencyCode(this.applicationPlan.applicantCountry()).orElse(null);
		return this.calculator.calculate(this.applicationPlan, this.table, agency);
	}

	/** The rules alone, with budget figures computed once in {@link #setUp()}. */
	@Benchmark
	public List<Finding> rulesOnly() {
		return this.engine.evaluate(this.input);
	}

	/** As {@code Estimates} maps a breakdown to what the rules need. */
	private BudgetFigures figures(Breakdown breakdown) {
		return new BudgetFigures(breakdown.total(), breakdown.courseShare(), breakdown.courseShareLimit(),
				breakdown.unitCostTravelPerActivity(), this.table.units().expensiveTravelThresholdShare());
	}

	/**
	 * The API contract's example: three teachers of a Spanish school job-shadowing in
	 * Rome.
	 */
	static ApplicationPlan apiExample() {
		return ApplicationPlan.of(CALL_YEAR, "ES",
				PlannedActivity.of(ActivityType.JOB_SHADOWING, "IT", 3, 10)
					.withDestinationCity("Rome")
					.withHostingOrganisation("Istituto Comprensivo Roma 1")
					.withParticipantsWithFewerOpportunities(1)
					.withTravelDays(2)
					.withDistanceKm("1365.28"));
	}

	/**
	 * A Spanish school's year at the participant cap (30, preparatory visit excluded),
	 * with every kind of row a coordinator enters: staff and pupil mobility, an incoming
	 * expert, a preparatory visit, green and short travel, accompanying persons, fewer
	 * opportunities and real costs.
	 */
	static ApplicationPlan thirtyParticipantsInTenActivities() {
		return new ApplicationPlan(CALL_YEAR, 1, "ES", BigDecimal.ZERO,
				List.of(PlannedActivity.of(ActivityType.JOB_SHADOWING, "IT", 4, 10)
					.withDestinationCity("Rome")
					.withHostingOrganisation("Istituto Comprensivo Roma 1")
					.withParticipantsWithFewerOpportunities(1)
					.withLinguisticSupportParticipants(2)
					.withTravelDays(2)
					.withDistanceKm("1365.28"),
						PlannedActivity.of(ActivityType.COURSE, "IE", 2, 5)
							.withDestinationCity("Dublin")
							.withCourseTitle("CLIL in primary science")
							.withTravelDays(2)
							.withDistanceKm("1450.12"),
						PlannedActivity.of(ActivityType.COURSE, "FI", 2, 6)
							.withDestinationCity("Helsinki")
							.withCourseTitle("Outdoor learning")
							.withTravelDays(2)
							.withDistanceKm("2950.40")
							.withVisaAndMedicalCosts(new BigDecimal("120.00")),
						PlannedActivity.of(ActivityType.GROUP_PUPIL_MOBILITY, "FR", 10, 7)
							.withDestinationCity("Lyon")
							.withHostingOrganisation("Collège Jean Moulin")
							.withParticipantsWithFewerOpportunities(3)
							.withAccompanyingPersons(2)
							.withTravelDays(2)
							.withDistanceKm("1071.50")
							.withInclusionSupportCosts(new BigDecimal("900.00")),
						PlannedActivity.of(ActivityType.GROUP_PUPIL_MOBILITY, "PT", 6, 8)
							.withDestinationCity("Porto")
							.withHostingOrganisation("Escola Básica do Porto")
							.withAccompanyingPersons(2)
							.withTravelDays(4)
							.withGreenTravel(true)
							.withDistanceKm("452.30"),
						PlannedActivity.of(ActivityType.LONG_TERM_PUPIL_MOBILITY, "DE", 2, 90)
							.withDestinationCity("Munich")
							.withHostingOrganisation("Gymnasium München Nord")
							.withLinguisticSupportParticipants(2)
							.withTravelDays(2)
							.withDistanceKm("1488.75"),
						PlannedActivity.of(ActivityType.SHORT_TERM_PUPIL_MOBILITY, "NL", 2, 14)
							.withDestinationCity("Utrecht")
							.withHostingOrganisation("Utrechts Stedelijk Gymnasium")
							.withParticipantsWithFewerOpportunities(1)
							.withAccompanyingPersons(1)
							.withTravelDays(2)
							.withDistanceKm("1480.00"),
						PlannedActivity.of(ActivityType.TEACHING_ASSIGNMENT, "PL", 1, 30)
							.withDestinationCity("Kraków")
							.withHostingOrganisation("Szkoła Podstawowa nr 1")
							.withLinguisticSupportParticipants(1)
							.withTravelDays(2)
							.withDistanceKm("2290.10"),
						PlannedActivity.of(ActivityType.INVITED_EXPERT, "ES", 1, 5)
							.withDestinationCity("Valencia")
							.withTravelDays(2)
							.withDistanceKm("1775.60"),
						PlannedActivity.of(ActivityType.PREPARATORY_VISIT, "FR", 2, 2)
							.withDestinationCity("Lyon")
							.withHostingOrganisation("Collège Jean Moulin")
							.withPreparesActivityType(ActivityType.GROUP_PUPIL_MOBILITY)
							.withDistanceKm("1071.50")));
	}

}
