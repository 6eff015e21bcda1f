package eu.ka122.planner.eligibility.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The few figures of the computed budget that rules need. Eligibility does not depend on
 * the budget module: whoever runs both maps the budget breakdown to these numbers.
 *
 * @param unitCostTravelPerActivity the unit-cost travel grant of each row by row index,
 * also where expensive travel replaces it
 * @param expensiveTravelThresholdShare the rate table's share (0.70) below which the
 * unit-cost travel grant lets expensive travel replace it
 */
public record BudgetFigures(BigDecimal projectTotal, BigDecimal courseShare, BigDecimal courseShareLimit,
		List<BigDecimal> unitCostTravelPerActivity, BigDecimal expensiveTravelThresholdShare) {

	public static final BigDecimal GUIDE_EXPENSIVE_TRAVEL_THRESHOLD_SHARE = new BigDecimal("0.70");

	public BudgetFigures {
		Objects.requireNonNull(projectTotal, "projectTotal");
		Objects.requireNonNull(courseShare, "courseShare");
		Objects.requireNonNull(courseShareLimit, "courseShareLimit");
		unitCostTravelPerActivity = (unitCostTravelPerActivity != null) ? List.copyOf(unitCostTravelPerActivity)
				: List.of();
		expensiveTravelThresholdShare = (expensiveTravelThresholdShare != null) ? expensiveTravelThresholdShare
				: GUIDE_EXPENSIVE_TRAVEL_THRESHOLD_SHARE;
	}

	/** With the Guide's 70 % expensive-travel threshold. */
	public BudgetFigures(BigDecimal projectTotal, BigDecimal courseShare, BigDecimal courseShareLimit,
			List<BigDecimal> unitCostTravelPerActivity) {
		this(projectTotal, courseShare, courseShareLimit, unitCostTravelPerActivity,
				GUIDE_EXPENSIVE_TRAVEL_THRESHOLD_SHARE);
	}

}
