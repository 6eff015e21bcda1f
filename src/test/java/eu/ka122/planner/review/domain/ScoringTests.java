package eu.ka122.planner.review.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ScoringTests {

	private final Scoring scoring = new Scoring();

	private ScoreResult score(Assessment... assessments) {
		return this.scoring.score(List.of(assessments)).orElseThrow();
	}

	private static List<Criterion> criteria(String names) {
		List<Criterion> criteria = new ArrayList<>();
		if (names != null) {
			for (String name : names.split(";")) {
				criteria.add(Criterion.valueOf(name.trim()));
			}
		}
		return criteria;
	}

	@ParameterizedTest
	@CsvSource(nullValues = "NULL",
			value = { "10, 35, 15, true, false, NULL", "10, 34, 15, false, true, NULL",
					"9, 36, 15, false, false, RELEVANCE", "10, 25, 25, true, false, NULL",
					"11, 24, 25, false, false, PROJECT_DESIGN", "20, 25, 15, true, false, NULL",
					"20, 26, 14, false, false, FOLLOW_UP", "9, 24, 14, false, true, RELEVANCE;PROJECT_DESIGN;FOLLOW_UP",
					"20, 50, 30, true, false, NULL" })
	void fundsOnlyFromSixtyPointsWithHalfTheMaximumInEachCriterion(int relevance, int design, int followUp,
			boolean fundable, boolean totalBelow, String criteriaBelow) {
		ScoreResult result = score(Assessment.of("a", relevance, design, followUp));

		assertThat(result.fundable()).isEqualTo(fundable);
		assertThat(result.totalBelowThreshold()).isEqualTo(totalBelow);
		assertThat(result.criteriaBelowThreshold()).isEqualTo(criteria(criteriaBelow));
	}

	@Test
	void takesASingleAssessmentAsTheFinalScore() {
		ScoreResult result = score(Assessment.of("a", 17, 38, 22));

		assertThat(result.total()).isEqualTo(new BigDecimal("77.0"));
		assertThat(result.mean(Criterion.RELEVANCE)).isEqualTo(new BigDecimal("17.0"));
		assertThat(result.mean(Criterion.PROJECT_DESIGN)).isEqualTo(new BigDecimal("38.0"));
		assertThat(result.mean(Criterion.FOLLOW_UP)).isEqualTo(new BigDecimal("22.0"));
		assertThat(result.assessments()).isEqualTo(1);
		assertThat(result.needsThirdAssessment()).isFalse();
	}

	@Test
	void hasNoScoreWithoutAssessment() {
		assertThat(this.scoring.score(List.of())).isEmpty();
	}

	@Test
	void averagesTwoAssessmentsPerCriterionAndInTotal() {
		ScoreResult result = score(Assessment.of("a", 15, 30, 20), Assessment.of("b", 16, 35, 21));

		assertThat(result.mean(Criterion.RELEVANCE)).isEqualTo(new BigDecimal("15.5"));
		assertThat(result.mean(Criterion.PROJECT_DESIGN)).isEqualTo(new BigDecimal("32.5"));
		assertThat(result.mean(Criterion.FOLLOW_UP)).isEqualTo(new BigDecimal("20.5"));
		assertThat(result.total()).isEqualTo(new BigDecimal("68.5"));
	}

	@ParameterizedTest
	@CsvSource({ "70, 71, 71, 70.7", "70, 70, 71, 70.3", "60, 61, 61, 60.7" })
	void roundsTheMeanOfThreeAssessmentsToOneDecimal(int first, int second, int third, String total) {
		ScoreResult result = score(withTotal("a", first), withTotal("b", second), withTotal("c", third));

		assertThat(result.total()).isEqualTo(new BigDecimal(total));
	}

	@Test
	void roundsHalfUpNotToEven() {
		// 289 / 4 = 72.25 and 291 / 4 = 72.75: half-even would give 72.2 and 72.8
		ScoreResult quarterUp = score(withTotal("a", 72), withTotal("b", 72), withTotal("c", 72), withTotal("d", 73));
		ScoreResult threeQuarters = score(withTotal("a", 72), withTotal("b", 73), withTotal("c", 73),
				withTotal("d", 73));

		assertThat(quarterUp.total()).isEqualTo(new BigDecimal("72.3"));
		assertThat(threeQuarters.total()).isEqualTo(new BigDecimal("72.8"));
	}

	@Test
	void comparesTheUnroundedMeanWithTheThresholds() {
		// two assessors give relevance 9 and 10: the mean 9.5 is below 10
		ScoreResult relevance = score(Assessment.of("a", 9, 40, 20), Assessment.of("b", 10, 40, 20));
		// nineteen assessments of 60 and one of 59: 59.95 shows as 60.0 but is below 60
		List<Assessment> many = new ArrayList<>();
		for (int i = 0; i < 19; i++) {
			many.add(withTotal("assessor-" + i, 60));
		}
		many.add(withTotal("assessor-19", 59));
		ScoreResult total = this.scoring.score(many).orElseThrow();

		assertThat(relevance.mean(Criterion.RELEVANCE)).isEqualTo(new BigDecimal("9.5"));
		assertThat(relevance.criteriaBelowThreshold()).containsExactly(Criterion.RELEVANCE);
		assertThat(relevance.fundable()).isFalse();
		assertThat(total.total()).isEqualTo(new BigDecimal("60.0"));
		assertThat(total.totalBelowThreshold()).isTrue();
		assertThat(total.fundable()).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "60, 90, false", "90, 60, false", "60, 91, true", "91, 60, true", "70, 70, false", "50, 100, true" })
	void asksForAThirdAssessmentWhenTwoAreMoreThanThirtyPointsApart(int first, int second, boolean needed) {
		assertThat(score(withTotal("a", first), withTotal("b", second)).needsThirdAssessment()).isEqualTo(needed);
	}

	@Test
	void needsNoFourthAssessmentOnceTheThirdIsIn() {
		ScoreResult result = score(withTotal("a", 60), withTotal("b", 95), withTotal("c", 80));

		assertThat(result.needsThirdAssessment()).isFalse();
		assertThat(result.total()).isEqualTo(new BigDecimal("78.3"));
	}

	@Test
	void countsEachAssessorOnce() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> score(Assessment.of("a", 10, 25, 15), Assessment.of("a", 20, 50, 30)))
			.withMessage("Assessor a assessed the application twice");
	}

	/**
	 * An assessment with the given total and every criterion at or above its threshold
	 * when the total allows.
	 */
	static Assessment withTotal(String assessor, int total) {
		int relevance = Math.min(Criterion.RELEVANCE.threshold(), total);
		int followUp = Math.min(Criterion.FOLLOW_UP.threshold(), total - relevance);
		int design = Math.min(Criterion.PROJECT_DESIGN.max(), total - relevance - followUp);
		int rest = total - relevance - followUp - design;
		int moreFollowUp = Math.min(Criterion.FOLLOW_UP.max() - followUp, rest);
		return Assessment.of(assessor, relevance + rest - moreFollowUp, design, followUp + moreFollowUp);
	}

}
