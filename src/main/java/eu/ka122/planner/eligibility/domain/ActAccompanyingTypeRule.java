package eu.ka122.planner.eligibility.domain;

import java.util.Optional;

import eu.ka122.planner.shared.PlannedActivity;

/**
 * ACT-ACCOMPANYING-TYPE: only learner and staff mobility may have accompanying persons.
 */
final class ActAccompanyingTypeRule extends ActivityRule {

	ActAccompanyingTypeRule() {
		super("ACT-ACCOMPANYING-TYPE", Severity.ERROR, "Activities", false);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input, int index, PlannedActivity activity) {
		return (activity.accompanyingPersons() > 0 && !activity.type().isMobility())
				? Optional.of(Violation.of(activity.accompanyingPersons())) : Optional.empty();
	}

}
