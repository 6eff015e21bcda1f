package eu.ka122.planner.review.domain;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AssessmentTests {

	@ParameterizedTest
	@CsvSource({ "0, 0, 0, 0", "20, 50, 30, 100", "10, 25, 15, 50", "17, 38, 22, 77" })
	void acceptsEveryScoreFromZeroToTheMaximumAndAddsThemUp(int relevance, int design, int followUp, int total) {
		Assessment assessment = Assessment.of("assessor-1", relevance, design, followUp);

		assertThat(assessment.total()).isEqualTo(total);
		assertThat(assessment.score(Criterion.PROJECT_DESIGN)).isEqualTo(design);
	}

	@ParameterizedTest
	@CsvSource({ "-1, 25, 15, RELEVANCE, -1", "21, 25, 15, RELEVANCE, 21", "10, -1, 15, PROJECT_DESIGN, -1",
			"10, 51, 15, PROJECT_DESIGN, 51", "10, 25, -1, FOLLOW_UP, -1", "10, 25, 31, FOLLOW_UP, 31" })
	void refusesAScoreOutsideZeroToTheCriterionsMaximum(int relevance, int design, int followUp, Criterion criterion,
			int score) {
		assertThatIllegalArgumentException().isThrownBy(() -> Assessment.of("assessor-1", relevance, design, followUp))
			.withMessage("Assessment by assessor-1: score " + score + " for " + criterion.name() + " is outside 0.."
					+ criterion.max());
	}

	@Test
	void refusesAnAssessmentThatLeavesACriterionUnscored() {
		Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
		scores.put(Criterion.RELEVANCE, 15);
		scores.put(Criterion.PROJECT_DESIGN, 30);

		assertThatIllegalArgumentException().isThrownBy(() -> new Assessment("assessor-1", scores, Map.of()))
			.withMessage("Assessment by assessor-1 has no score for FOLLOW_UP");
	}

	@Test
	void refusesAnAssessmentWithoutAssessor() {
		assertThatIllegalArgumentException().isThrownBy(() -> Assessment.of(" ", 10, 25, 15))
			.withMessageContaining("assessor");
	}

	@Test
	void keepsTheCommentsPerCriterionAndDropsEmptyOnes() {
		Map<Criterion, String> comments = new HashMap<>();
		comments.put(Criterion.RELEVANCE, "Clear link to the school's needs.");
		comments.put(Criterion.FOLLOW_UP, "  ");

		Assessment assessment = new Assessment("assessor-1",
				Map.of(Criterion.RELEVANCE, 15, Criterion.PROJECT_DESIGN, 30, Criterion.FOLLOW_UP, 20), comments);

		assertThat(assessment.comments())
			.containsExactly(Map.entry(Criterion.RELEVANCE, "Clear link to the school's needs."));
	}

}
