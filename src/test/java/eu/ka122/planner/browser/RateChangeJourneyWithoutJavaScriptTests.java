package eu.ka122.planner.browser;

import org.junit.jupiter.api.Test;

@BrowserTest(javascript = false)
class RateChangeJourneyWithoutJavaScriptTests extends JourneySupport {

	@Test
	void aSecondAdministratorPublishesARateChangeThatDraftsUseAndSubmissionsDoNot(Browser browser) {
		RateChangeJourney.run(browser, this.accounts, this.submitter, this.clock, this.jdbc, this.store);
	}

}
