package eu.ka122.planner.eligibility.domain;

import java.util.Optional;

import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.PlannedActivity;

/**
 * ACT-DURATION: the physical part lasts as long as the type allows. Short-term pupil
 * mobility may go down to 2 days when every participant has fewer opportunities and the
 * row says why.
 */
final class ActDurationRule extends ActivityRule {

	static final int SHORT_TERM_EXCEPTION_MIN_DAYS = 2;

	ActDurationRule() {
		super("ACT-DURATION", Severity.ERROR, "Activities – Eligible activities", true);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input, int index, PlannedActivity activity) {
		ActivityType type = activity.type();
		int days = activity.durationDays();
		if (type == ActivityType.SHORT_TERM_PUPIL_MOBILITY && days >= SHORT_TERM_EXCEPTION_MIN_DAYS
				&& days < type.minDays()) {
			return shortExceptionApplies(activity) ? Optional.empty() : Optional.of(Violation.variant("shortTerm", days,
					SHORT_TERM_EXCEPTION_MIN_DAYS, type.minDays(), type.maxDays()));
		}
		return (days >= type.minDays() && days <= type.maxDays()) ? Optional.empty()
				: Optional.of(Violation.of(days, type.minDays(), type.maxDays()));
	}

	private static boolean shortExceptionApplies(PlannedActivity activity) {
		boolean everyoneHasFewerOpportunities = activity.participants() >= 1
				&& activity.participantsWithFewerOpportunities() >= activity.participants();
		return everyoneHasFewerOpportunities && !Names.isBlank(activity.shortDurationJustification());
	}

}
