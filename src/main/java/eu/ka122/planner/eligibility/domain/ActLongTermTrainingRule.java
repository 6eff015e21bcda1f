package eu.ka122.planner.eligibility.domain;

import java.util.Optional;

import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.PlannedActivity;

/**
 * ACT-LONG-TERM-TRAINING: reminds of the pre-departure training and individual learning
 * programme.
 */
final class ActLongTermTrainingRule extends ActivityRule {

	ActLongTermTrainingRule() {
		super("ACT-LONG-TERM-TRAINING", Severity.INFO,
				"Learner mobility – Long-term learning mobility of school pupils", false);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input, int index, PlannedActivity activity) {
		return (activity.type() == ActivityType.LONG_TERM_PUPIL_MOBILITY) ? Optional.of(Violation.of())
				: Optional.empty();
	}

}
