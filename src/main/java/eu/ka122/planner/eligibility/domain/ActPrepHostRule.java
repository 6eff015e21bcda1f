package eu.ka122.planner.eligibility.domain;

import java.util.Optional;

import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.PlannedActivity;

/**
 * ACT-PREP-HOST: a preparatory visit names the prospective hosting organisation it
 * visits.
 */
final class ActPrepHostRule extends ActivityRule {

	ActPrepHostRule() {
		super("ACT-PREP-HOST", Severity.ERROR, "Preparatory visits", false);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input, int index, PlannedActivity activity) {
		return (activity.type() == ActivityType.PREPARATORY_VISIT && Names.isBlank(activity.hostingOrganisation()))
				? Optional.of(Violation.of()) : Optional.empty();
	}

}
