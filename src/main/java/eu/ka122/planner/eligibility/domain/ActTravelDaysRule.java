package eu.ka122.planner.eligibility.domain;

import java.util.Optional;

import eu.ka122.planner.shared.PlannedActivity;

/** ACT-TRAVEL-DAYS: at most two funded travel days, six with green travel. */
final class ActTravelDaysRule extends ActivityRule {

	static final int MAX_TRAVEL_DAYS = 2;

	static final int MAX_GREEN_TRAVEL_DAYS = 6;

	ActTravelDaysRule() {
		super("ACT-TRAVEL-DAYS", Severity.ERROR, "Budget category – Individual support", false);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input, int index, PlannedActivity activity) {
		int max = activity.greenTravel() ? MAX_GREEN_TRAVEL_DAYS : MAX_TRAVEL_DAYS;
		int days = activity.travelDays();
		return (days >= 0 && days <= max) ? Optional.empty()
				: Optional.of(Violation.of(days, MAX_TRAVEL_DAYS, MAX_GREEN_TRAVEL_DAYS));
	}

}
