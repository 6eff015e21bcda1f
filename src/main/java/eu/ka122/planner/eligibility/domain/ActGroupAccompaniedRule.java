package eu.ka122.planner.eligibility.domain;

import java.util.Optional;

import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.PlannedActivity;

/** ACT-GROUP-ACCOMPANIED: teachers accompany a pupil group for the whole activity. */
final class ActGroupAccompaniedRule extends ActivityRule {

	ActGroupAccompaniedRule() {
		super("ACT-GROUP-ACCOMPANIED", Severity.ERROR, "Learner mobility – Group mobility of school pupils", false);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input, int index, PlannedActivity activity) {
		return (activity.type() == ActivityType.GROUP_PUPIL_MOBILITY && activity.accompanyingPersons() < 1)
				? Optional.of(Violation.of()) : Optional.empty();
	}

}
