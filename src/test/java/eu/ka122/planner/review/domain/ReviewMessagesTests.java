package eu.ka122.planner.review.domain;

import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import eu.ka122.planner.shared.MessageFiles;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewMessagesTests {

	private static final Properties MESSAGES = MessageFiles.load("i18n/review.properties");

	@ParameterizedTest
	@CsvSource({ "RELEVANCE, 4, target population of learners", "PROJECT_DESIGN, 5, eTwinning",
			"FOLLOW_UP, 4, Erasmus quality standards" })
	void showsTheGuidesBulletPointsAsGuidanceForEachCriterion(Criterion criterion, int bullets, String excerpt) {
		String guidance = MessageFiles.render(MESSAGES, criterion.guidanceKey(), List.of());

		assertThat(guidance).startsWith("The extent to which:").contains(excerpt);
		assertThat(guidance.lines().filter((line) -> line.startsWith("• "))).hasSize(bullets);
		assertThat(MessageFiles.render(MESSAGES, criterion.messageKey(), List.of()))
			.contains("maximum score: " + criterion.max() + " points");
	}

	@ParameterizedTest
	@EnumSource(Outcome.class)
	void namesEveryOutcome(Outcome outcome) {
		assertThat(MessageFiles.render(MESSAGES, outcome.messageKey(), List.of())).isNotBlank();
	}

	@ParameterizedTest
	@EnumSource(RejectionReason.class)
	void explainsEveryRejectionReason(RejectionReason reason) {
		assertThat(MessageFiles.render(MESSAGES, reason.messageKey(), List.of())).isNotBlank();
	}

	@Test
	void usesNoApostropheThatMessageFormatWouldSwallow() {
		MESSAGES
			.forEach((key, value) -> assertThat(value.toString().replace("''", "")).as("%s", key).doesNotContain("'"));
	}

}
