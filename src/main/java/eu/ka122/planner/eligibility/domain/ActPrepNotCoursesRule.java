package eu.ka122.planner.eligibility.domain;

import java.util.Optional;

import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.PlannedActivity;

/**
 * ACT-PREP-NOT-COURSES: a preparatory visit prepares a learner or staff mobility other
 * than a course. A visit that does not say what it prepares cannot show that, so it gets
 * the finding too.
 */
final class ActPrepNotCoursesRule extends ActivityRule {

	ActPrepNotCoursesRule() {
		super("ACT-PREP-NOT-COURSES", Severity.ERROR, "Preparatory visits – When can a preparatory visit be organised",
				true);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input, int index, PlannedActivity activity) {
		if (activity.type() != ActivityType.PREPARATORY_VISIT) {
			return Optional.empty();
		}
		ActivityType prepared = activity.preparesActivityType();
		if (prepared == null) {
			return Optional.of(Violation.variant("missing"));
		}
		return (prepared.isMobility() && prepared != ActivityType.COURSE) ? Optional.empty()
				: Optional.of(Violation.of(prepared.name()));
	}

}
