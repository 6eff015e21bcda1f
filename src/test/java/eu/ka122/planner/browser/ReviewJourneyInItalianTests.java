package eu.ka122.planner.browser;

import org.junit.jupiter.api.Test;

/**
 * Journey 2 in Italian: an officer, an external assessor and a school coordinator of the
 * Italian agency, on a browser in English, each choose Italiano with the header's
 * switcher; the officer types the round's budget as Italian writes it
 * ({@code 1.500.000,50}), the assessor's comments and the decision's reason have Italian
 * accents, Greek and Cyrillic, and every page and number is in Italian. Italian, because
 * it groups thousands with the dot that English writes decimals with: the ranking budget
 * is where {@code 1500000,50} was once read as 150 000 050 EUR.
 */
@BrowserTest
class ReviewJourneyInItalianTests extends JourneySupport {

	@Test
	void anItalianOfficerAssessorAndCoordinatorGoFromAssignmentToAReducedGrantInItalian(Browser browser) {
		ReviewJourney.run(browser, this.accounts, this.submitter, this.clock, this.jdbc, language("it"),
				ReviewJourney.ITALIAN_AGENCY_IN_ITALIAN);
	}

}
