package eu.ka122.planner.eligibility.domain;

import java.util.Optional;

import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.PlannedActivity;

/**
 * ACT-COURSE-QUALITY: reminds what a fundable course is: structured, transnational, not
 * passive.
 */
final class ActCourseQualityRule extends ActivityRule {

	ActCourseQualityRule() {
		super("ACT-COURSE-QUALITY", Severity.INFO, "Staff mobility – Courses and training", false);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input, int index, PlannedActivity activity) {
		return (activity.type() == ActivityType.COURSE) ? Optional.of(Violation.of()) : Optional.empty();
	}

}
