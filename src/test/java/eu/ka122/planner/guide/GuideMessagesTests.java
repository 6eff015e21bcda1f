package eu.ka122.planner.guide;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import eu.ka122.planner.guide.domain.Reason;
import eu.ka122.planner.guide.domain.Recommendation;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guide names most of its keys at run time (a question's answers, a recommendation,
 * its reasons), where the template check cannot see them: every such key exists in
 * English.
 */
class GuideMessagesTests {

	@Test
	void everyRecommendationAndReasonHasAText() throws IOException {
		Properties guide = load();
		List<String> keys = new ArrayList<>();
		for (Recommendation recommendation : Recommendation.values()) {
			keys.add(recommendation.messageKey());
		}
		for (Reason reason : Reason.values()) {
			keys.add(reason.messageKey());
		}
		assertThat(keys).allSatisfy((key) -> assertThat(guide).containsKey(key));
	}

	static Properties load() throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource("i18n/guide.properties").getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
