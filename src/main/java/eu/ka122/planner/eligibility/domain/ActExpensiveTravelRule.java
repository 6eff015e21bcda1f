package eu.ka122.planner.eligibility.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import eu.ka122.planner.shared.Money;
import eu.ka122.planner.shared.PlannedActivity;

/**
 * ACT-EXPENSIVE-TRAVEL: expensive travel costs replace the unit-cost travel grant only
 * when that grant is less than 70 % of them. Rows whose type gets no travel grant at all
 * (hosted teachers, whose sending institution pays their travel, and preparatory visits,
 * whose unit cost includes travel) cannot request them either.
 */
final class ActExpensiveTravelRule extends ActivityRule {

	ActExpensiveTravelRule() {
		super("ACT-EXPENSIVE-TRAVEL", Severity.ERROR, "Budget category – Exceptional costs", true, Fact.BUDGET);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input, int index, PlannedActivity activity) {
		BigDecimal costs = activity.expensiveTravelCosts();
		if (costs.signum() <= 0) {
			return Optional.empty();
		}
		if (!activity.type().receivesTravel()) {
			return Optional.of(Violation.variant("noTravel", costs));
		}
		List<BigDecimal> unitCosts = input.budget().unitCostTravelPerActivity();
		if (index >= unitCosts.size()) {
			return Optional.empty();
		}
		BigDecimal unitCost = unitCosts.get(index);
		BigDecimal share = input.budget().expensiveTravelThresholdShare();
		BigDecimal threshold = costs.multiply(share);
		return (unitCost.compareTo(threshold) < 0) ? Optional.empty()
				: Optional.of(Violation.of(costs, unitCost, Money.cents(threshold), share));
	}

}
