package eu.ka122.planner.eligibility.domain;

import java.util.Optional;

import eu.ka122.planner.shared.PlannedActivity;

/** ACT-LINGUISTIC-TYPE: linguistic support only for the four types the Guide names. */
final class ActLinguisticTypeRule extends ActivityRule {

	ActLinguisticTypeRule() {
		super("ACT-LINGUISTIC-TYPE", Severity.ERROR, "Budget category – Linguistic support", false);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input, int index, PlannedActivity activity) {
		return (activity.linguisticSupportParticipants() > 0 && !activity.type().receivesLinguisticSupport())
				? Optional.of(Violation.of(activity.linguisticSupportParticipants())) : Optional.empty();
	}

}
