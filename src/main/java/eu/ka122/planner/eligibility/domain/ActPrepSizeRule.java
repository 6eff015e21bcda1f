package eu.ka122.planner.eligibility.domain;

import java.util.Optional;

import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.PlannedActivity;

/** ACT-PREP-SIZE: at most three persons take part in a preparatory visit. */
final class ActPrepSizeRule extends ActivityRule {

	static final int MAX_PERSONS = 3;

	ActPrepSizeRule() {
		super("ACT-PREP-SIZE", Severity.ERROR, "Preparatory visits – Who can take part", false);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input, int index, PlannedActivity activity) {
		return (activity.type() == ActivityType.PREPARATORY_VISIT && activity.participants() > MAX_PERSONS)
				? Optional.of(Violation.of(activity.participants(), MAX_PERSONS)) : Optional.empty();
	}

}
