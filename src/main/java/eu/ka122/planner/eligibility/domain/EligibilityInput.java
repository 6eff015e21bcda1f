package eu.ka122.planner.eligibility.domain;

import java.util.Objects;
import java.util.Set;

import eu.ka122.planner.shared.ApplicationPlan;

/**
 * Everything the rules may look at. Only the plan is required; every other part is null
 * when the caller does not know it, and the rules that need it are then not evaluated.
 */
public record EligibilityInput(ApplicationPlan plan, BudgetFigures budget, CallFacts call, ApplicantFacts applicant,
		ProjectFacts project, SubmissionFacts submission) {

	private static final Fact[] FACTS = Fact.values();

	public EligibilityInput {
		Objects.requireNonNull(plan, "plan");
	}

	/** What the public estimate API knows: no organisation, no dates, no clock. */
	public static EligibilityInput estimate(ApplicationPlan plan, BudgetFigures budget, CallFacts call) {
		return new EligibilityInput(plan, budget, call, null, null, null);
	}

	public boolean knows(Set<Fact> facts) {
		// Called for every rule on every evaluation, and most rules need no fact: no
		// stream, and no iterator either.
		if (facts.isEmpty()) {
			return true;
		}
		for (Fact fact : FACTS) {
			if (facts.contains(fact) && !fact.isKnownIn(this)) {
				return false;
			}
		}
		return true;
	}

	public EligibilityInput withApplicant(ApplicantFacts applicant) {
		return new EligibilityInput(this.plan, this.budget, this.call, applicant, this.project, this.submission);
	}

	public EligibilityInput withProject(ProjectFacts project) {
		return new EligibilityInput(this.plan, this.budget, this.call, this.applicant, project, this.submission);
	}

	public EligibilityInput withSubmission(SubmissionFacts submission) {
		return new EligibilityInput(this.plan, this.budget, this.call, this.applicant, this.project, submission);
	}

}
