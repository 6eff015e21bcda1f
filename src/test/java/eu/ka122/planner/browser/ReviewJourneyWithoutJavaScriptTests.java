package eu.ka122.planner.browser;

import org.junit.jupiter.api.Test;

@BrowserTest(javascript = false)
class ReviewJourneyWithoutJavaScriptTests extends JourneySupport {

	@Test
	void anOfficerAnAssessorAndTheCoordinatorGoFromAssignmentToAReducedGrantWithTheKeyboardOnly(Browser browser) {
		ReviewJourney.run(browser, this.accounts, this.submitter, this.clock, this.jdbc, language("en"),
				ReviewJourney.SPANISH_AGENCY_IN_ENGLISH);
	}

}
