package eu.ka122.planner.budget.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The estimated grant of an application plan.
 *
 * @param agencyCode the National Agency whose daily rates were used; null when the
 * applicant's country has none in the rate table
 * @param provisionalRates the agency's daily rates are placeholders, not its published
 * rates
 * @param applicationLines lines that belong to no activity (the financial guarantee)
 * @param totals all nine categories in their enum order, zeros included
 * @param courseShare the sum of every line of COURSE rows, for APP-COURSE-SHARE
 * @param courseShareLimit the most COURSE rows may get, for APP-COURSE-SHARE
 */
public record Breakdown(int callYear, int rateTableVersion, String agencyCode, boolean provisionalRates,
		List<ActivityBudget> activities, List<BudgetLine> applicationLines, Map<BudgetCategory, BigDecimal> totals,
		BigDecimal total, BigDecimal courseShare, BigDecimal courseShareLimit) {

	public Breakdown {
		activities = List.copyOf(activities);
		applicationLines = List.copyOf(applicationLines);
		EnumMap<BudgetCategory, BigDecimal> all = new EnumMap<>(BudgetCategory.class);
		for (BudgetCategory category : BudgetCategory.values()) {
			all.put(category, totals.getOrDefault(category, BigDecimal.ZERO));
		}
		totals = Collections.unmodifiableMap(all);
	}

	/**
	 * The unit-cost travel grant of each row, by row index, as ACT-EXPENSIVE-TRAVEL needs
	 * it.
	 */
	public List<BigDecimal> unitCostTravelPerActivity() {
		// Asked for every estimate: one array, no stream.
		BigDecimal[] unitCosts = new BigDecimal[this.activities.size()];
		for (int i = 0; i < unitCosts.length; i++) {
			unitCosts[i] = this.activities.get(i).unitCostTravel();
		}
		return List.of(unitCosts);
	}

}
