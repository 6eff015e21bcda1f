package eu.ka122.planner.review.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CriterionTests {

	@ParameterizedTest
	@CsvSource({ "RELEVANCE, 20, 10", "PROJECT_DESIGN, 50, 25", "FOLLOW_UP, 30, 15" })
	void carriesTheMaximumAndThresholdOfTheRulebook(Criterion criterion, int max, int threshold) {
		assertThat(criterion.max()).isEqualTo(max);
		assertThat(criterion.threshold()).isEqualTo(threshold).isEqualTo(criterion.max() / 2);
	}

	@Test
	void addsUpToTheTotalOfOneHundredWithAThresholdOfSixty() {
		int max = 0;
		for (Criterion criterion : Criterion.values()) {
			max += criterion.max();
		}
		assertThat(max).isEqualTo(Criterion.TOTAL_MAX).isEqualTo(100);
		assertThat(Criterion.TOTAL_THRESHOLD).isEqualTo(60);
	}

	@Test
	void namesItsTextAndGuidanceByMessageKey() {
		assertThat(Criterion.PROJECT_DESIGN.messageKey()).isEqualTo("review.criterion.PROJECT_DESIGN");
		assertThat(Criterion.PROJECT_DESIGN.guidanceKey()).isEqualTo("review.criterion.PROJECT_DESIGN.guidance");
	}

}
