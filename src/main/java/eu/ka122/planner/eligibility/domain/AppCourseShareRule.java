package eu.ka122.planner.eligibility.domain;

import java.util.Optional;

/**
 * APP-COURSE-SHARE: courses get at most half of the project grant, or 20 000 EUR for
 * projects up to 40 000 EUR. The budget computes the limit; this rule only compares, so
 * the two never disagree.
 */
final class AppCourseShareRule extends ApplicationRule {

	AppCourseShareRule() {
		super("APP-COURSE-SHARE", Severity.ERROR, "Courses and training", true, Fact.BUDGET);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input) {
		BudgetFigures budget = input.budget();
		return (budget.courseShare().compareTo(budget.courseShareLimit()) <= 0) ? Optional.empty()
				: Optional.of(Violation.of(budget.courseShare(), budget.courseShareLimit(), budget.projectTotal()));
	}

}
