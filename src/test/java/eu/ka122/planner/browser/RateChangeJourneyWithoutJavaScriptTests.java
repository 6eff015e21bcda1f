package eu.ka122.planner.browser;

import eu.ka122.planner.budget.persistence.RateTableStore;
import eu.ka122.planner.support.Submitter;
import eu.ka122.planner.support.TestAccounts;
import eu.ka122.planner.support.TestClockConfiguration.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@BrowserTest(javascript = false)
class RateChangeJourneyWithoutJavaScriptTests {

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

	@Test
	void aSecondAdministratorPublishesARateChangeThatDraftsUseAndSubmissionsDoNot(Browser browser) {
		RateChangeJourney.run(browser, this.accounts, this.submitter, this.clock, this.jdbc, this.store);
	}

}
