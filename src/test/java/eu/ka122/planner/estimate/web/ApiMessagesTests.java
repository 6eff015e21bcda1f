package eu.ka122.planner.estimate.web;

import java.util.Properties;

import eu.ka122.planner.platform.i18n.IcuMessageSource;
import eu.ka122.planner.shared.MessageFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Every text of the API renders: a broken pattern would turn a problem into a server
 * error.
 */
class ApiMessagesTests {

	private final ApiMessages messages = new ApiMessages(api());

	private static IcuMessageSource api() {
		IcuMessageSource messages = new IcuMessageSource();
		messages.setBasename("i18n/api");
		return messages;
	}

	@Test
	void everyApiTextRendersWithNumbersForItsArguments() {
		Properties api = MessageFiles.load("i18n/api.properties");

		assertThat(api.stringPropertyNames()).isNotEmpty();
		for (String key : api.stringPropertyNames()) {
			assertThatNoException().as(key).isThrownBy(() -> this.messages.get(key, 1200, 7));
			assertThat(this.messages.get(key, 1200, 7)).as(key).doesNotContain("{", "}");
		}
	}

	@Test
	void writesCallYearsAndWaitsWithoutGroupingAndLimitsWithIt() {
		assertThat(this.messages.get("api.field.callYear.noRateTable", 2030)).contains("call year 2030.");
		assertThat(this.messages.get("api.problem.tooManyRequests.detail", 1200)).contains("in 1200 seconds.");
		assertThat(this.messages.get("api.problem.tooManyRequests.detail", 1)).contains("in 1 second.");
		assertThat(this.messages.get("api.field.max", 10000)).isEqualTo("Must be at most 10,000.");
	}

}
