package eu.ka122.planner.browser;

import org.junit.jupiter.api.Test;

/**
 * Journey 1 in Polish, from a browser that asks for Polish ({@code Accept-Language: pl}):
 * a school in Łódź writes its application in Polish, with Greek and Cyrillic in places,
 * types a distance as Polish writes it ({@code 1 365,28}), and gets every page, its
 * numbers and its PDF in Polish. Polish, because it has what English lacks in both
 * letters (ł, ż, ź, ę) and numbers (a space between thousands, a decimal comma, three
 * plural forms).
 */
@BrowserTest(language = "pl")
class CoordinatorJourneyInPolishTests extends JourneySupport {

	@Test
	void aPolishCoordinatorGoesFromTheGuideToASubmittedApplicationAndItsPdfInPolish(Browser browser) throws Exception {
		CoordinatorJourney.run(browser, this.accounts, this.clock, language("pl"),
				CoordinatorJourney.POLISH_SCHOOL_IN_POLISH);
	}

}
