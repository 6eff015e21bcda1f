package eu.ka122.planner.estimate.web;

import eu.ka122.planner.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CalculatorPageTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void opensWithoutSigningInAndShowsTheBudgetOfTheDefaultPlan() {
		assertThat(this.mvc.get().uri("/calculator")).hasStatusOk()
			.bodyText()
			.contains("Budget calculator")
			.contains("Estimated grant")
			.contains("rate table of call year 2026, version 1");
	}

	@Test
	void computesTheApiExamplePlanWithExplainedLines() {
		MvcTestResult page = example().exchange();
		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("3 participants × 350 EUR")
			.contains("3 persons × 309 EUR (500–1999 km, standard travel)")
			.contains("8,978.00")
			.contains("National Agency ES01")
			.contains("provisional")
			.doesNotContain("data-rule=\"ACT-GREEN-UNDER-500\"");
	}

	@Test
	void computesTheDistanceFromTwoCitiesWhenNoneIsTyped() {
		MvcTestResult page = this.mvc.get()
			.uri("/calculator")
			.param("callYear", "2026")
			.param("applicantCountry", "ES")
			.param("activities[0].type", "JOB_SHADOWING")
			.param("activities[0].destinationCountry", "IT")
			.param("activities[0].originCity", "madrid")
			.param("activities[0].destinationCity", "Roma")
			.param("activities[0].participants", "1")
			.param("activities[0].durationDays", "10")
			.exchange();
		assertThat(page).hasStatusOk().bodyText().containsPattern("value=\"136[0-9]\\.[0-9]{1,2}\"");
	}

	@Test
	void keepsWhatWasTypedAndExplainsEveryTypingError() {
		MvcTestResult page = this.mvc.get()
			.uri("/calculator")
			.param("applicantCountry", "ES")
			.param("activities[0].type", "COURSE")
			.param("activities[0].destinationCountry", "FR")
			.param("activities[0].participants", "abc")
			.param("activities[0].durationDays", "-3")
			.param("activities[0].courseTitle", "Inclusive classrooms")
			.exchange();
		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("There is a problem")
			.contains("Enter a whole number.")
			.contains("Enter 0 or more.")
			.contains("href=\"#activities-0-participants\"")
			.contains("value=\"abc\"")
			.contains("value=\"-3\"")
			.contains("value=\"Inclusive classrooms\"")
			.doesNotContain("Estimated grant");
	}

	@Test
	void explainsACityThatIsNotInTheGazetteer() {
		assertThat(this.mvc.get()
			.uri("/calculator")
			.param("activities[0].destinationCountry", "IT")
			.param("activities[0].originCity", "Madrid")
			.param("activities[0].destinationCity", "Atlantis")).hasStatusOk()
			.bodyText()
			.contains("The city was not found in this country");
	}

	@Test
	void addsDuplicatesAndRemovesActivityRows() {
		assertThat(example().param("add", "1")).bodyText().contains("id=\"activity-1\"");
		assertThat(example().param("duplicate", "0")).bodyText()
			.contains("id=\"activity-1\"")
			.containsPattern("name=\"activities\\[1\\]\\.participants\"[^>]*value=\"3\"");
		assertThat(example().param("remove", "0")).bodyText().doesNotContain("id=\"activity-0\"");
	}

	@Test
	void answersHtmxWithTheResultsFragmentOnly() {
		assertThat(example().header("HX-Request", "true")).hasStatusOk()
			.bodyText()
			.startsWith("<div id=\"results\"")
			.doesNotContain("<html");
	}

	@Test
	void reportsFindingsWithTheirRuleIdsLinkedToTheCatalogue() {
		assertThat(this.mvc.get()
			.uri("/calculator")
			.param("applicantCountry", "ES")
			.param("activities[0].type", "JOB_SHADOWING")
			.param("activities[0].destinationCountry", "IT")
			.param("activities[0].participants", "1")
			.param("activities[0].durationDays", "61")).bodyText()
			.contains("data-rule=\"ACT-DURATION\"")
			.contains("href=\"/rules#ACT-DURATION\"")
			.contains("href=\"#activity-0\"");
	}

	private org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder example() {
		return this.mvc.get()
			.uri("/calculator")
			.param("callYear", "2026")
			.param("round", "1")
			.param("applicantCountry", "ES")
			.param("activities[0].type", "JOB_SHADOWING")
			.param("activities[0].destinationCountry", "IT")
			.param("activities[0].destinationCity", "Rome")
			.param("activities[0].participants", "3")
			.param("activities[0].participantsWithFewerOpportunities", "1")
			.param("activities[0].durationDays", "10")
			.param("activities[0].travelDays", "2")
			.param("activities[0].distanceKm", "1365.28");
	}

}
