package eu.ka122.planner.browser;

import eu.ka122.planner.budget.persistence.RateTableStore;
import eu.ka122.planner.support.Submitter;
import eu.ka122.planner.support.TestAccounts;
import eu.ka122.planner.support.TestClockConfiguration.MutableClock;
import org.junit.jupiter.api.AfterEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the browser test classes that prepare data use (each journey runs twice, once per
 * class annotated {@code @BrowserTest} with and without JavaScript); the test clock is
 * put back after each test.
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

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

}
