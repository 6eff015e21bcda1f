package eu.ka122.planner.browser;

import eu.ka122.planner.support.TestAccounts;
import eu.ka122.planner.support.TestClockConfiguration.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

@BrowserTest
class CoordinatorJourneyTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aCoordinatorGoesFromTheGuideToASubmittedApplicationAndItsPdfWithTheKeyboardOnly(Browser browser)
			throws Exception {
		CoordinatorJourney.run(browser, this.accounts, this.clock);
	}

}
