package eu.ka122.planner.browser;

import eu.ka122.planner.budget.persistence.RateTableStore;
import eu.ka122.planner.support.Submitter;
import eu.ka122.planner.support.TestAccounts;
import eu.ka122.planner.support.TestClockConfiguration.MutableClock;
import org.junit.jupiter.api.AfterEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the browser test classes that prepare data use (each journey runs with and without
 * JavaScript, the coordinator's and the review journey once more in another language,
 * each in a class annotated {@code @BrowserTest}); the test clock is put back after each
 * test.
 */
abstract class JourneySupport {

	@Autowired
	TestAccounts accounts;

	@Autowired
	Submitter submitter;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RateTableStore store;

	@Autowired
	MessageSource messages;

	@Value("${spring.messages.basename}")
	String[] basenames;

	/** The language of that tag as the app's bundles write it. */
	PageLanguage language(String tag) {
		return PageLanguage.of(tag, this.messages, this.basenames);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

}
