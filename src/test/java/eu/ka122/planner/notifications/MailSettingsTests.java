package eu.ka122.planner.notifications;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static eu.ka122.planner.notifications.OutboxFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;

class MailSettingsTests {

	@ParameterizedTest(name = "after {0} failed attempt(s) wait {1}")
	@CsvSource({ "1, PT1M", "2, PT2M", "3, PT4M", "6, PT32M", "7, PT1H", "12, PT1H", "1000, PT1H" })
	void theWaitDoublesAfterEachFailureUpToTheLongestWait(int failures, Duration wait) {
		assertThat(settings(12, 20).backoff(failures)).isEqualTo(wait);
	}

	@ParameterizedTest(name = "{0} + {1} = {2}")
	@CsvSource({ "http://localhost:8080, /coordinator, http://localhost:8080/coordinator",
			"https://ka122.example/, /coordinator/applications/7, https://ka122.example/coordinator/applications/7",
			"https://ka122.example, assessor/1, https://ka122.example/assessor/1" })
	void linksStartWithTheBaseUrl(String baseUrl, String path, String link) {
		MailSettings settings = new MailSettings(baseUrl, "a@b.example", true, Duration.ofSeconds(10), 20, 12,
				Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(5), 50);
		assertThat(settings.link(path)).isEqualTo(link);
	}

	@ParameterizedTest(name = "{0} reads {1}")
	@CsvSource({ "ES, es", "IT, en", "IE, en", "BE, en", "EL, en", ", en" })
	void aMailIsWrittenInTheRecipientsCountrysLanguageWhenTheAppSpeaksIt(String country, String language) {
		assertThat(new RecipientLocales(eu.ka122.planner.shared.Languages.of(List.of("en", "es"))).forCountry(country))
			.isEqualTo(Locale.forLanguageTag(language));
	}

}
