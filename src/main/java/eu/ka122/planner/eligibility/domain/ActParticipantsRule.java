package eu.ka122.planner.eligibility.domain;

import java.util.Optional;

import eu.ka122.planner.shared.PlannedActivity;

/** ACT-PARTICIPANTS: the row's head counts fit together. */
final class ActParticipantsRule extends ActivityRule {

	ActParticipantsRule() {
		super("ACT-PARTICIPANTS", Severity.ERROR, "What are the funding rules", false);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input, int index, PlannedActivity activity) {
		int participants = activity.participants();
		boolean consistent = participants >= 1 && within(activity.participantsWithFewerOpportunities(), participants)
				&& within(activity.linguisticSupportParticipants(), participants)
				&& activity.accompanyingPersons() >= 0;
		return consistent ? Optional.empty()
				: Optional.of(Violation.of(participants, activity.participantsWithFewerOpportunities(),
						activity.linguisticSupportParticipants(), activity.accompanyingPersons()));
	}

	private static boolean within(int count, int participants) {
		return count >= 0 && count <= participants;
	}

}
