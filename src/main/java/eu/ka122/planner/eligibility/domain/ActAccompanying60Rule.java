package eu.ka122.planner.eligibility.domain;

import java.util.Optional;

import eu.ka122.planner.shared.PlannedActivity;

/**
 * ACT-ACCOMPANYING-60: individual support pays accompanying persons for 60 days at most;
 * longer stays are requested as inclusion support. Days count as for individual support,
 * travel days included.
 */
final class ActAccompanying60Rule extends ActivityRule {

	static final int MAX_DAYS = 60;

	ActAccompanying60Rule() {
		super("ACT-ACCOMPANYING-60", Severity.INFO, "Budget category – Individual support", true);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input, int index, PlannedActivity activity) {
		return (activity.accompanyingPersons() > 0 && activity.supportDays() > MAX_DAYS)
				? Optional.of(Violation.of(activity.accompanyingPersons(), activity.supportDays(), MAX_DAYS))
				: Optional.empty();
	}

}
