package eu.ka122.planner.budget.domain;

import java.math.BigDecimal;
import java.util.List;

import eu.ka122.planner.shared.ActivityType;

/**
 * The budget of one activity row.
 *
 * @param index the row's position in the plan, from 0
 * @param receivingCountryGroup null when the receiving country has no group in the rate
 * table
 * @param dailyRates null when the row gets no individual support (its type gets none, or
 * the receiving country has no group, or the agency is unknown)
 * @param lines the non-zero lines only
 * @param unitCostTravel what the unit-cost travel grant of the row is, even where
 * expensive travel costs replace it: ACT-EXPENSIVE-TRAVEL compares the two
 */
public record ActivityBudget(int index, ActivityType type, BigDecimal distanceKm, Integer receivingCountryGroup,
		DailyRates dailyRates, List<BudgetLine> lines, BigDecimal total, BigDecimal unitCostTravel) {

	public ActivityBudget {
		lines = List.copyOf(lines);
	}

}
