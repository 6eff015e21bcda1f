package eu.ka122.planner.eligibility.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.ApplicationPlan;
import eu.ka122.planner.shared.PlannedActivity;

import static eu.ka122.planner.eligibility.domain.Fixtures.estimate;
import static eu.ka122.planner.eligibility.domain.Fixtures.jobShadowing;
import static eu.ka122.planner.eligibility.domain.Fixtures.plan;
import static eu.ka122.planner.eligibility.domain.Fixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EligibilityEngineTests {

	private final EligibilityEngine engine = new EligibilityEngine();

	@Test
	void findsNothingInTheEstimateApiExample() {
		PlannedActivity example = PlannedActivity.of(ActivityType.JOB_SHADOWING, "IT", 3, 10)
			.withDestinationCity("Rome")
			.withHostingOrganisation("Istituto Comprensivo Roma 1")
			.withParticipantsWithFewerOpportunities(1)
			.withTravelDays(2)
			.withDistanceKm("1365.28");

		List<Finding> findings = this.engine.evaluate(estimate(example));

		assertThat(findings).isEmpty();
		assertThat(EligibilityEngine.submittable(findings)).isTrue();
	}

	@Test
	void evaluatesInTheEstimateApiEveryRuleButThoseNeedingHistoryDatesClockOrDeclaration() {
		EligibilityInput input = estimate(jobShadowing());

		List<String> evaluated = RuleCatalogue.all()
			.stream()
			.filter((rule) -> input.knows(rule.needs()))
			.map(Rule::id)
			.toList();

		assertThat(RuleCatalogue.all()).extracting(Rule::id)
			.containsAll(evaluated)
			.filteredOn((id) -> !evaluated.contains(id))
			.containsExactlyInAnyOrder("APP-DEADLINE", "APP-ONE-PER-ROUND", "APP-ROUND2-AFTER-GRANT",
					"APP-THREE-IN-FIVE", "APP-DECLARATION", "APP-ORG-TYPE", "APP-ORG-ACCREDITED", "APP-START-DATE",
					"APP-DURATION");
		assertThat(evaluated).contains("APP-ROUND", "APP-ORG-COUNTRY", "APP-PARTICIPANT-CAP", "APP-MOBILITY-REQUIRED",
				"APP-COURSE-SHARE", "ACT-EXPENSIVE-TRAVEL");
	}

	@Test
	void evaluatesEveryRuleAtSubmission() {
		EligibilityInput input = submission(plan(jobShadowing()));

		assertThat(RuleCatalogue.all()).allSatisfy((rule) -> assertThat(input.knows(rule.needs())).isTrue());
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@CsvSource({ "no budget, APP-COURSE-SHARE", "no call, APP-ROUND" })
	void skipsARuleWhoseFactsAreMissing(String missing, String ruleId) {
		ApplicationPlan plan = plan(jobShadowing().withExpensiveTravelCosts(new BigDecimal("10"))).withRound(2);
		EligibilityInput input = missing.equals("no budget")
				? EligibilityInput.estimate(plan, null, CallFacts.standard(2026, false))
				: EligibilityInput.estimate(plan,
						new BudgetFigures(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE, List.of(BigDecimal.ZERO)),
						null);

		List<String> found = this.engine.evaluate(input).stream().map(Finding::ruleId).toList();

		assertThat(found).doesNotContain(ruleId);
		assertThat(RuleCatalogue.find(ruleId).orElseThrow().check(input)).isEmpty();
	}

	@Test
	void listsApplicationFindingsFirstThenEachActivityByRuleId() {
		ApplicationPlan plan = new ApplicationPlan(2026, 2, "ES", null,
				List.of(PlannedActivity.of(ActivityType.COURSE, "US", 4, 12).withDistanceKm("300"),
						PlannedActivity.of(ActivityType.PREPARATORY_VISIT, "ES", 5, 2)));

		List<Finding> findings = this.engine.evaluate(estimate(plan));

		assertThat(findings).extracting(Finding::activityIndex, Finding::ruleId, Finding::severity)
			.containsExactly(tuple(null, "APP-ROUND", Severity.ERROR), tuple(0, "ACT-COURSE-PER-ORG", Severity.ERROR),
					tuple(0, "ACT-COURSE-QUALITY", Severity.INFO), tuple(0, "ACT-DESTINATION-ELIGIBLE", Severity.ERROR),
					tuple(0, "ACT-DURATION", Severity.ERROR), tuple(0, "ACT-GREEN-UNDER-500", Severity.WARNING),
					tuple(1, "ACT-ABROAD", Severity.ERROR), tuple(1, "ACT-PREP-HOST", Severity.ERROR),
					tuple(1, "ACT-PREP-NOT-COURSES", Severity.ERROR), tuple(1, "ACT-PREP-SIZE", Severity.ERROR));
		assertThat(EligibilityEngine.submittable(findings)).isFalse();
		findings.forEach(Fixtures::assertReadable);
	}

	@Test
	void letsWarningsAndGuidanceThroughButNoError() {
		Finding warning = new Finding("ACT-GREEN-UNDER-500", Severity.WARNING, 0, "k", List.of());
		Finding info = new Finding("ACT-COURSE-QUALITY", Severity.INFO, 0, "k", List.of());
		Finding error = new Finding("ACT-DURATION", Severity.ERROR, 0, "k", List.of());

		assertThat(EligibilityEngine.submittable(List.of())).isTrue();
		assertThat(EligibilityEngine.submittable(List.of(warning, info))).isTrue();
		assertThat(EligibilityEngine.submittable(List.of(warning, error))).isFalse();
	}

	@Test
	void runsOnlyTheRulesItWasGiven() {
		EligibilityEngine only = new EligibilityEngine(List.of(RuleCatalogue.find("ACT-COURSE-QUALITY").orElseThrow()));

		List<Finding> findings = only.evaluate(estimate(PlannedActivity.of(ActivityType.COURSE, "US", 9, 99)));

		assertThat(findings).extracting(Finding::ruleId).containsExactly("ACT-COURSE-QUALITY");
		assertThat(Set.copyOf(only.rules())).hasSize(1);
	}

}
