package eu.ka122.planner.notifications;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import eu.ka122.planner.accounts.PasswordLinkIssued;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationMessagesTests {

	@Test
	void everyMailHasASpanishTextAndNoSpanishTextLacksAnEnglishOne() throws IOException {
		Properties english = load("i18n/notifications.properties");
		Properties spanish = load("i18n/notifications_es.properties");
		assertThat(spanish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
	}

	@Test
	void everyOutcomeHasASubjectAndABody() throws IOException {
		Properties english = load("i18n/notifications.properties");
		for (DecisionOutcome outcome : DecisionOutcome.values()) {
			assertThat(english).containsKeys("notifications.decision." + outcome + ".subject",
					"notifications.decision." + outcome + ".body");
		}
	}

	@Test
	void invitationsAndResetsHaveASubjectAndABody() throws IOException {
		Properties english = load("i18n/notifications.properties");
		for (PasswordLinkIssued.Purpose purpose : PasswordLinkIssued.Purpose.values()) {
			assertThat(english).containsKeys("notifications.passwordLink." + purpose + ".subject",
					"notifications.passwordLink." + purpose + ".body");
		}
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
