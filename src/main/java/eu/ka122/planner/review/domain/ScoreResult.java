package eu.ka122.planner.review.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The final score of an application, as {@link Scoring} computes it from its assessments.
 *
 * @param criterionMeans the mean points per criterion, one decimal
 * @param total the mean of the assessments' totals, one decimal; the value the ranking
 * sorts by
 * @param assessments how many assessments the score comes from
 * @param needsThirdAssessment two assessments whose totals are more than 30 points apart;
 * the score is not final until a third assessor has scored
 * @param criteriaBelowThreshold the criteria whose mean is below half their maximum, in
 * criterion order
 * @param totalBelowThreshold the total is below 60
 */
public record ScoreResult(Map<Criterion, BigDecimal> criterionMeans, BigDecimal total, int assessments,
		boolean needsThirdAssessment, List<Criterion> criteriaBelowThreshold, boolean totalBelowThreshold) {

	public ScoreResult {
		criterionMeans = Collections.unmodifiableMap(new EnumMap<>(criterionMeans));
		criteriaBelowThreshold = List.copyOf(criteriaBelowThreshold);
	}

	public BigDecimal mean(Criterion criterion) {
		return this.criterionMeans.get(criterion);
	}

	/** At least 60 in total and at least half the maximum in every criterion. */
	public boolean fundable() {
		return !this.totalBelowThreshold && this.criteriaBelowThreshold.isEmpty();
	}

}
