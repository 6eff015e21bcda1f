package eu.ka122.planner.eligibility.domain;

import java.math.BigDecimal;
import java.util.Optional;

import eu.ka122.planner.shared.PlannedActivity;

/**
 * ACT-GREEN-UNDER-500: below 500 km participants travel, as a general rule, by
 * low-emission means.
 */
final class ActGreenUnder500Rule extends ActivityRule {

	static final BigDecimal GREEN_DISTANCE_KM = BigDecimal.valueOf(500);

	ActGreenUnder500Rule() {
		super("ACT-GREEN-UNDER-500", Severity.WARNING, "Budget category – Travel", true);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input, int index, PlannedActivity activity) {
		boolean applies = activity.type().receivesTravel() && !activity.greenTravel()
				&& activity.distanceKm().compareTo(GREEN_DISTANCE_KM) < 0;
		return applies ? Optional.of(Violation.of(activity.distanceKm(), GREEN_DISTANCE_KM)) : Optional.empty();
	}

}
