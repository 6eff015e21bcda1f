package eu.ka122.planner.eligibility.domain;

import java.util.Optional;

import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.PlannedActivity;

/** ACT-GROUP-SIZE: a group mobility has at least two pupils. */
final class ActGroupSizeRule extends ActivityRule {

	static final int MIN_PUPILS = 2;

	ActGroupSizeRule() {
		super("ACT-GROUP-SIZE", Severity.ERROR, "Learner mobility – Eligible activities", false);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input, int index, PlannedActivity activity) {
		return (activity.type() == ActivityType.GROUP_PUPIL_MOBILITY && activity.participants() < MIN_PUPILS)
				? Optional.of(Violation.of(activity.participants(), MIN_PUPILS)) : Optional.empty();
	}

}
