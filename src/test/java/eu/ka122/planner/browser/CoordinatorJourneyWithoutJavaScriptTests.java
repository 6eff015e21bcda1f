package eu.ka122.planner.browser;

import eu.ka122.planner.support.TestAccounts;
import eu.ka122.planner.support.TestClockConfiguration.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Journey 1 again with JavaScript off: htmx and app.js only enhance plain forms. */
@BrowserTest(javascript = false)
class CoordinatorJourneyWithoutJavaScriptTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theSameJourneyWorksOnPlainForms(Browser browser) throws Exception {
		browser.open("/guide");
		assertThat(browser.find(By.tagName("html")).getAttribute("class")).as("app.js did not run")
			.doesNotContain("js");
		CoordinatorJourney.run(browser, this.accounts, this.clock);
	}

}
