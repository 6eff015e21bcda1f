package eu.ka122.planner.eligibility.domain;

import java.math.BigDecimal;
import java.util.Optional;

import eu.ka122.planner.shared.PlannedActivity;

/** ACT-NO-TRAVEL-GRANT: the first travel band, under 10 km, pays nothing. */
final class ActNoTravelGrantRule extends ActivityRule {

	static final BigDecimal MIN_DISTANCE_KM = BigDecimal.TEN;

	ActNoTravelGrantRule() {
		super("ACT-NO-TRAVEL-GRANT", Severity.INFO, "Budget category – Travel", false);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input, int index, PlannedActivity activity) {
		boolean applies = activity.type().receivesTravel() && activity.distanceKm().compareTo(MIN_DISTANCE_KM) < 0;
		return applies ? Optional.of(Violation.of(activity.distanceKm(), MIN_DISTANCE_KM)) : Optional.empty();
	}

}
