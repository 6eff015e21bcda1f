package eu.ka122.planner.review.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The final score of an application from its assessments.
 * <p>
 * Each criterion's score is the mean of the assessments' points for it, and the total is
 * the mean of the assessments' totals; both are rounded half-up to one decimal
 * ({@link RoundingMode#HALF_UP}, scale 1), so 72.25 shows as 72.3. With one assessment
 * the final score is that assessment's; with none there is no score.
 * <p>
 * The thresholds (60 in total, half the maximum per criterion) are compared with the
 * exact, unrounded means: a mean of 59.95 is below 60 even though it would show as 60.0.
 * With fewer than twenty assessments (an application gets one to three) a mean is at
 * least 1/20 away from a whole number it does not reach, so the rounded figure shown
 * never crosses a threshold the exact one does not.
 * <p>
 * A third assessment is needed when exactly two assessments exist and their totals differ
 * by more than 30 points (30 apart: no; 31 apart: yes). Once the third is in, the score
 * is the mean of all three and the flag is off.
 */
public class Scoring {

	private static final int SCALE = 1;

	private static final int MAX_DIFFERENCE = 30;

	/**
	 * @param assessments the application's assessments, one per assessor
	 * @return the final score, or empty while the application has no assessment
	 * @throws IllegalArgumentException when an assessor appears twice
	 */
	public Optional<ScoreResult> score(List<Assessment> assessments) {
		if (assessments.isEmpty()) {
			return Optional.empty();
		}
		Set<String> assessors = new HashSet<>();
		for (Assessment assessment : assessments) {
			if (!assessors.add(assessment.assessorId())) {
				throw new IllegalArgumentException(
						"Assessor " + assessment.assessorId() + " assessed the application twice");
			}
		}
		int count = assessments.size();
		Map<Criterion, BigDecimal> means = new EnumMap<>(Criterion.class);
		List<Criterion> below = new ArrayList<>();
		for (Criterion criterion : Criterion.values()) {
			int sum = assessments.stream().mapToInt((assessment) -> assessment.score(criterion)).sum();
			means.put(criterion, mean(sum, count));
			// sum / count < threshold, in whole numbers so that no rounding is involved
			if (sum < criterion.threshold() * count) {
				below.add(criterion);
			}
		}
		int totalSum = assessments.stream().mapToInt(Assessment::total).sum();
		boolean totalBelow = totalSum < Criterion.TOTAL_THRESHOLD * count;
		return Optional.of(new ScoreResult(means, mean(totalSum, count), count, needsThirdAssessment(assessments),
				below, totalBelow));
	}

	/** Two assessments whose totals are more than 30 points apart. */
	public boolean needsThirdAssessment(List<Assessment> assessments) {
		return assessments.size() == 2
				&& Math.abs(assessments.get(0).total() - assessments.get(1).total()) > MAX_DIFFERENCE;
	}

	private static BigDecimal mean(int sum, int count) {
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), SCALE, RoundingMode.HALF_UP);
	}

}
