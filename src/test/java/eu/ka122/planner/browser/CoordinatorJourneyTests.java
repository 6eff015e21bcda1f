package eu.ka122.planner.browser;

import org.junit.jupiter.api.Test;

@BrowserTest
class CoordinatorJourneyTests extends JourneySupport {

	@Test
	void aCoordinatorGoesFromTheGuideToASubmittedApplicationAndItsPdfWithTheKeyboardOnly(Browser browser)
			throws Exception {
		CoordinatorJourney.run(browser, this.accounts, this.clock, language("en"),
				CoordinatorJourney.SPANISH_SCHOOL_IN_ENGLISH);
	}

}
