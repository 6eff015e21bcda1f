package eu.ka122.planner.budget.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The amounts and shares the Guide sets for every National Agency alike. They live in the
 * rate table, not in code, because a new call year may change any of them.
 *
 * @param organisationalSupportBasic per participant of group pupil mobility, courses,
 * invited experts and hosted teachers
 * @param organisationalSupportIndividual per participant of short-term pupil mobility,
 * job shadowing and teaching assignments, up to the threshold
 * @param organisationalSupportBeyondThreshold the same beyond the threshold
 * @param organisationalSupportThreshold participants of one activity type, counted over
 * the whole application, paid at the full individual amount
 * @param organisationalSupportLongTerm per participant of long-term pupil mobility
 * @param reducedRateFactor share of the daily base rate paid after {@code fullRateDays}
 * @param accompanyingCapDays days of individual support an accompanying person gets at
 * most
 * @param exceptionalCostShare share of expensive travel and financial guarantee costs
 * funded
 * @param expensiveTravelThresholdShare expensive travel may replace the unit-cost travel
 * grant only when that grant is below this share of the real costs
 * @param courseShareFloor the course-share limit of small projects
 * @param courseShareThreshold project grants up to this amount use the floor
 * @param courseShareRatio the course-share limit of larger projects, as a share of the
 * project grant
 */
public record UnitAmounts(int organisationalSupportBasic, int organisationalSupportIndividual,
		int organisationalSupportBeyondThreshold, int organisationalSupportThreshold, int organisationalSupportLongTerm,
		int inclusionSupport, int preparatoryVisit, int courseFeePerDay, int linguisticSupport,
		int reinforcedLinguisticSupport, BigDecimal reducedRateFactor, int fullRateDays, int accompanyingCapDays,
		BigDecimal exceptionalCostShare, BigDecimal expensiveTravelThresholdShare, int courseShareFloor,
		int courseShareThreshold, BigDecimal courseShareRatio) {

	public UnitAmounts {
		Objects.requireNonNull(reducedRateFactor, "reducedRateFactor");
		Objects.requireNonNull(exceptionalCostShare, "exceptionalCostShare");
		Objects.requireNonNull(expensiveTravelThresholdShare, "expensiveTravelThresholdShare");
		Objects.requireNonNull(courseShareRatio, "courseShareRatio");
	}

	/**
	 * The amounts of the Programme Guide chapter on school mobility, as the rulebook (§4)
	 * states them.
	 */
	public static UnitAmounts guide() {
		return new UnitAmounts(100, 350, 200, 100, 500, 125, 680, 80, 150, 150, new BigDecimal("0.70"), 14, 60,
				new BigDecimal("0.80"), new BigDecimal("0.70"), 20_000, 40_000, new BigDecimal("0.50"));
	}

	List<RateTableProblem> validate() {
		List<RateTableProblem> problems = new ArrayList<>();
		amounts().forEach((name, amount) -> {
			if (amount < 0) {
				problems.add(RateTableProblem.of("units." + name, "budget.rateTable.negativeAmount", amount));
			}
		});
		shares().forEach((name, share) -> {
			if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
				problems.add(RateTableProblem.of("units." + name, "budget.rateTable.shareOutOfRange", share));
			}
		});
		return problems;
	}

	private Map<String, Integer> amounts() {
		Map<String, Integer> amounts = new LinkedHashMap<>();
		amounts.put("organisationalSupportBasic", this.organisationalSupportBasic);
		amounts.put("organisationalSupportIndividual", this.organisationalSupportIndividual);
		amounts.put("organisationalSupportBeyondThreshold", this.organisationalSupportBeyondThreshold);
		amounts.put("organisationalSupportThreshold", this.organisationalSupportThreshold);
		amounts.put("organisationalSupportLongTerm", this.organisationalSupportLongTerm);
		amounts.put("inclusionSupport", this.inclusionSupport);
		amounts.put("preparatoryVisit", this.preparatoryVisit);
		amounts.put("courseFeePerDay", this.courseFeePerDay);
		amounts.put("linguisticSupport", this.linguisticSupport);
		amounts.put("reinforcedLinguisticSupport", this.reinforcedLinguisticSupport);
		amounts.put("fullRateDays", this.fullRateDays);
		amounts.put("accompanyingCapDays", this.accompanyingCapDays);
		amounts.put("courseShareFloor", this.courseShareFloor);
		amounts.put("courseShareThreshold", this.courseShareThreshold);
		return amounts;
	}

	private Map<String, BigDecimal> shares() {
		Map<String, BigDecimal> shares = new LinkedHashMap<>();
		shares.put("reducedRateFactor", this.reducedRateFactor);
		shares.put("exceptionalCostShare", this.exceptionalCostShare);
		shares.put("expensiveTravelThresholdShare", this.expensiveTravelThresholdShare);
		shares.put("courseShareRatio", this.courseShareRatio);
		return shares;
	}

}
