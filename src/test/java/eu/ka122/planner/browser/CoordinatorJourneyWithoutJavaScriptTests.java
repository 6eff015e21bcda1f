package eu.ka122.planner.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** Journey 1 again with JavaScript off: htmx and app.js only enhance plain forms. */
@BrowserTest(javascript = false)
class CoordinatorJourneyWithoutJavaScriptTests extends JourneySupport {

	@Test
	void theSameJourneyWorksOnPlainForms(Browser browser) throws Exception {
		browser.open("/guide");
		assertThat(browser.find(By.tagName("html")).getAttribute("class")).as("app.js did not run")
			.doesNotContain("js");
		CoordinatorJourney.run(browser, this.accounts, this.clock, language("en"),
				CoordinatorJourney.SPANISH_SCHOOL_IN_ENGLISH);
	}

}
