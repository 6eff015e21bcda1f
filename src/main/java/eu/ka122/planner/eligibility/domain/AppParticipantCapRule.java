package eu.ka122.planner.eligibility.domain;

import java.util.Optional;

import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.PlannedActivity;

/**
 * APP-PARTICIPANT-CAP: at most 30 participants; preparatory visits and accompanying
 * persons do not count.
 */
final class AppParticipantCapRule extends ApplicationRule {

	static final int MAX_PARTICIPANTS = 30;

	AppParticipantCapRule() {
		super("APP-PARTICIPANT-CAP", Severity.ERROR, "Project scope", false);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input) {
		long participants = 0;
		for (PlannedActivity activity : input.plan().activities()) {
			if (activity.type() != ActivityType.PREPARATORY_VISIT) {
				participants += activity.participants();
			}
		}
		return (participants <= MAX_PARTICIPANTS) ? Optional.empty()
				: Optional.of(Violation.of(participants, MAX_PARTICIPANTS));
	}

}
