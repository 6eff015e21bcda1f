package eu.ka122.planner.budget.web;

import eu.ka122.planner.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RateTablePageTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void showsTheSeeded2026DefaultsWithProvisionalRatesAndTheCountriesTheGuideLeavesOut() {
		assertThat(this.mvc.get().uri("/rates?year=2026")).hasStatusOk()
			.bodyText()
			.contains("Call year 2026, version 1.")
			.contains("Version 1 (published)")
			.contains("Ireland (not in the Guide text)")
			.contains("Lithuania (not in the Guide text)")
			.contains("data-agency=\"ES01\"")
			.contains("Provisional (upper end of the range)")
			.contains("Staff, group 1 (107–191)")
			.contains("8000 km or more")
			.doesNotContain("??");
	}

}
