package eu.ka122.planner.browser;

import eu.ka122.planner.support.Submitter;
import eu.ka122.planner.support.TestAccounts;
import eu.ka122.planner.support.TestClockConfiguration.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@BrowserTest
class ReviewJourneyTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	Submitter submitter;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void anOfficerAnAssessorAndTheCoordinatorGoFromAssignmentToAReducedGrantWithTheKeyboardOnly(Browser browser) {
		ReviewJourney.run(browser, this.accounts, this.submitter, this.clock, this.jdbc);
	}

}
