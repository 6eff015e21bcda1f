package eu.ka122.planner.eligibility.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.ApplicationPlan;
import eu.ka122.planner.shared.MessageFiles;
import eu.ka122.planner.shared.OrganisationType;
import eu.ka122.planner.shared.PlannedActivity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plans and inputs the rule tests start from: a Spanish school that plans eligible
 * activities.
 */
final class Fixtures {

	static final int CALL_YEAR = 2026;

	static final Properties RULES = MessageFiles.load("i18n/rules.properties");

	private Fixtures() {
	}

	static PlannedActivity jobShadowing() {
		return PlannedActivity.of(ActivityType.JOB_SHADOWING, "IT", 3, 10)
			.withTravelDays(2)
			.withDistanceKm("1365.28")
			.withDestinationCity("Rome");
	}

	static PlannedActivity activity(ActivityType type) {
		return PlannedActivity.of(type, type.isIncoming() ? "ES" : "IT", 2, Math.max(type.minDays(), 10))
			.withDistanceKm("1365.28");
	}

	static ApplicationPlan plan(PlannedActivity... activities) {
		return ApplicationPlan.of(CALL_YEAR, "ES", activities);
	}

	/** Plan, call and budget figures only, as the estimate API passes them. */
	static EligibilityInput estimate(ApplicationPlan plan) {
		return EligibilityInput.estimate(plan, budget(plan), CallFacts.standard(CALL_YEAR, false));
	}

	static EligibilityInput estimate(PlannedActivity... activities) {
		return estimate(plan(activities));
	}

	/** Everything the drafting module knows at submission, with every fact in order. */
	static EligibilityInput submission(ApplicationPlan plan) {
		return estimate(plan).withApplicant(applicant())
			.withProject(new ProjectFacts(LocalDate.of(CALL_YEAR, 9, 1), 12))
			.withSubmission(new SubmissionFacts(Instant.parse("2026-02-10T09:00:00Z"), true, "Ana García"));
	}

	static ApplicantFacts applicant() {
		return new ApplicantFacts(OrganisationType.SCHOOL, false, List.of(), false);
	}

	/**
	 * Figures that let every budget rule pass: a small grant and enough unit-cost travel.
	 */
	static BudgetFigures budget(ApplicationPlan plan) {
		return new BudgetFigures(new BigDecimal("10000"), BigDecimal.ZERO, new BigDecimal("20000"),
				Collections.nCopies(plan.activities().size(), new BigDecimal("1000")));
	}

	static List<Finding> check(String ruleId, EligibilityInput input) {
		return RuleCatalogue.find(ruleId).orElseThrow().check(input);
	}

	static List<Finding> check(String ruleId, PlannedActivity... activities) {
		return check(ruleId, estimate(activities));
	}

	static List<Integer> rowsOf(List<Finding> findings) {
		return findings.stream().map(Finding::activityIndex).toList();
	}

	static List<PlannedActivity> rows(PlannedActivity... activities) {
		return Arrays.asList(activities);
	}

	/**
	 * Asserts that the rule found something or not, and that what it found reads as a
	 * sentence: its key has a text and the arguments fill every placeholder.
	 */
	static void assertFound(List<Finding> findings, boolean expected) {
		if (!expected) {
			assertThat(findings).isEmpty();
			return;
		}
		assertThat(findings).hasSize(1);
		assertReadable(findings.get(0));
	}

	static String assertReadable(Finding finding) {
		String text = MessageFiles.render(RULES, finding.messageKey(), finding.args());
		assertThat(text).isNotBlank();
		return text;
	}

}
