package eu.ka122.planner.eligibility.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.ApplicationPlan;
import eu.ka122.planner.shared.OrganisationType;
import eu.ka122.planner.shared.PlannedActivity;

import static org.assertj.core.api.Assertions.assertThat;

class EligibilityEnginePropertiesTests {

	private final EligibilityEngine engine = new EligibilityEngine();

	@Property(tries = 400)
	void neverThrowsAndReportsEachRuleAtMostOncePerActivityInOrder(@ForAll("inputs") EligibilityInput input) {
		List<Finding> findings = this.engine.evaluate(input);

		Set<String> seen = new HashSet<>();
		for (Finding finding : findings) {
			assertThat(seen.add(finding.ruleId() + "@" + finding.activityIndex())).isTrue();
			assertThat(finding.isApplicationLevel()).isEqualTo(finding.ruleId().startsWith("APP-"));
			if (finding.activityIndex() != null) {
				assertThat(finding.activityIndex()).isBetween(0, input.plan().activities().size() - 1);
			}
			assertThat(finding.severity()).isEqualTo(RuleCatalogue.find(finding.ruleId()).orElseThrow().severity());
		}
		assertThat(findings).isSortedAccordingTo((a, b) -> {
			if (a.activityIndex() == null || b.activityIndex() == null) {
				return (a.activityIndex() == null ? 0 : 1) - (b.activityIndex() == null ? 0 : 1);
			}
			int byIndex = Integer.compare(a.activityIndex(), b.activityIndex());
			return (byIndex != 0) ? byIndex : a.ruleId().compareTo(b.ruleId());
		});
		assertThat(EligibilityEngine.submittable(findings))
			.isEqualTo(findings.stream().noneMatch((finding) -> finding.severity() == Severity.ERROR));
	}

	@Provide
	Arbitrary<EligibilityInput> inputs() {
		Arbitrary<Integer> anyInt = Arbitraries.oneOf(Arbitraries.integers().between(-5, 400), Arbitraries.integers());
		Arbitrary<String> country = Arbitraries.of("ES", "IT", "gr", "BE", "US", "Narnia", "", " fr ").injectNull(0.1);
		Arbitrary<String> text = Arbitraries.of("Brussels", "Liceo Dante", " liceo dante ", "CLIL", "", "  ")
			.injectNull(0.3);
		Arbitrary<BigDecimal> amount = Arbitraries.bigDecimals()
			.between(new BigDecimal("-100000"), new BigDecimal("100000"))
			.ofScale(2)
			.injectNull(0.1);
		Arbitrary<PlannedActivity> activity = Builders
			.withBuilder(() -> PlannedActivity.of(ActivityType.JOB_SHADOWING, "IT", 1, 5))
			.use(Arbitraries.of(ActivityType.class))
			.in(PlannedActivity::withType)
			.use(country)
			.in(PlannedActivity::withDestinationCountry)
			.use(text)
			.in(PlannedActivity::withDestinationCity)
			.use(text)
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
			.use(amount)
			.in(PlannedActivity::withDistanceKm)
			.use(Arbitraries.of(true, false))
			.in(PlannedActivity::withGreenTravel)
			.use(anyInt)
			.in(PlannedActivity::withLinguisticSupportParticipants)
			.use(text)
			.in(PlannedActivity::withCourseTitle)
			.use(Arbitraries.of(ActivityType.class).injectNull(0.3))
			.in(PlannedActivity::withPreparesActivityType)
			.use(text)
			.in(PlannedActivity::withShortDurationJustification)
			.use(amount)
			.in(PlannedActivity::withExpensiveTravelCosts)
			.build();
		Arbitrary<ApplicationPlan> plan = Combinators
			.combine(Arbitraries.integers().between(2019, 2030), Arbitraries.integers().between(-1, 3), country, amount,
					activity.list().ofMaxSize(8))
			.as(ApplicationPlan::new);
		Arbitrary<BudgetFigures> budget = Combinators
			.combine(amount.filter((a) -> a != null), amount.filter((a) -> a != null), amount.filter((a) -> a != null),
					amount.filter((a) -> a != null).list().ofMaxSize(10))
			.as(BudgetFigures::new)
			.injectNull(0.2);
		Arbitrary<CallFacts> call = Combinators
			.combine(Arbitraries.integers().between(2020, 2030), Arbitraries.of(true, false))
			.as(CallFacts::standard)
			.injectNull(0.2);
		Arbitrary<ApplicantFacts> applicant = Combinators
			.combine(Arbitraries.of(OrganisationType.class).injectNull(0.2), Arbitraries.of(true, false),
					Combinators
						.combine(Arbitraries.integers().between(2014, 2030), Arbitraries.integers().between(1, 2))
						.as(PreviousGrant::new)
						.list()
						.ofMaxSize(6),
					Arbitraries.of(true, false))
			.as(ApplicantFacts::new)
			.injectNull(0.3);
		Arbitrary<ProjectFacts> project = Combinators
			.combine(Arbitraries.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1), LocalDate.of(2027, 5, 31))
				.injectNull(0.2), Arbitraries.integers().between(0, 30).injectNull(0.2))
			.as(ProjectFacts::new)
			.injectNull(0.3);
		Arbitrary<SubmissionFacts> submission = Combinators
			.combine(Arbitraries.of(Instant.parse("2026-02-19T10:59:59Z"), Instant.parse("2026-02-19T11:00:00Z"))
				.injectNull(0.2), Arbitraries.of(true, false), text)
			.as(SubmissionFacts::new)
			.injectNull(0.3);
		return Combinators.combine(plan, budget, call, applicant, project, submission).as(EligibilityInput::new);
	}

}
