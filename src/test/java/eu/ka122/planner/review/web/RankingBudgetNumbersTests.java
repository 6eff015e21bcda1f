package eu.ka122.planner.review.web;

import java.math.BigDecimal;
import java.time.Instant;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.support.FormClient;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.SignIn;
import eu.ka122.planner.support.Submitter;
import eu.ka122.planner.support.TestAccounts;
import eu.ka122.planner.support.TestClockConfiguration.MutableClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The available budget of a ranking as an officer types it in their language: read as
 * that language writes numbers, or refused at the field, never misread (the page stripped
 * commas, so {@code 1500000,50} became 150 000 050 EUR). Latvia's agency (LV01) is used
 * by no other test.
 */
@IntegrationTest
class RankingBudgetNumbersTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Submitter submitter;

	@Autowired
	MutableClock clock;

	@ParameterizedTest(name = "{0}: \"{1}\" is {2} EUR")
	@CsvSource(delimiter = '|', textBlock = """
			es | 1500000,50   | 1500000.50
			es | 40.000,00    | 40000.00
			de | 1.500.000,50 | 1500000.50
			it | 250000       | 250000.00
			fr | 1 500 000,50 | 1500000.50
			pl | 1 500 000,50 | 1500000.50
			en | 1,500,000.50 | 1500000.50
			en | 40000        | 40000.00
			""")
	void anOfficersBudgetIsReadInTheirLanguage(String language, String typed, String expected) throws Exception {
		MockHttpSession officer = SignIn.as(this.mvc, this.accounts.user(Role.NA_OFFICER, "LV01"));

		assertThat(this.mvc.post()
			.uri("/agency/ranking/budget")
			.session(officer)
			.with(csrf())
			.header("Accept-Language", language)
			.param("call", "2027-1")
			.param("budget", typed)).hasStatus3xxRedirection();

		assertThat(this.jdbc.queryForObject(
				"select available from review_budget where agency_code = 'LV01' and call_year = 2027 and round = 1",
				BigDecimal.class))
			.isEqualByComparingTo(expected);
	}

	@ParameterizedTest(name = "{0}: \"{1}\" is refused")
	@CsvSource(delimiter = '|', textBlock = """
			en | 1500000,50
			en | 40.000,00
			es | 1.5
			de | 1,500,000.50
			pl | 1.500,50
			""")
	void aNumberTheLanguageWouldMisreadIsRefusedAndKept(String language, String typed) throws Exception {
		MockHttpSession officer = SignIn.as(this.mvc, this.accounts.user(Role.NA_OFFICER, "LV01"));
		this.jdbc.update("delete from review_budget where agency_code = 'LV01'");

		var saved = this.mvc.post()
			.uri("/agency/ranking/budget")
			.session(officer)
			.with(csrf())
			.header("Accept-Language", language)
			.param("call", "2027-1")
			.param("budget", typed)
			.exchange();

		assertThat(saved).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject("select count(*) from review_budget where agency_code = 'LV01'",
				Integer.class))
			.isZero();
		assertThat(saved.getMvcResult().getFlashMap().get("typedBudget")).isEqualTo(typed);
	}

	@ParameterizedTest(name = "{0}: the page shows \"{1}\" and saving it again keeps {2} EUR")
	@CsvSource(delimiter = '|', textBlock = """
			es | 1500000,50 | 1500000.50
			de | 40000,00   | 40000.00
			fr | 1500000,50 | 1500000.50
			pl | 1500000,50 | 1500000.50
			en | 1500000.50 | 1500000.50
			""")
	void theSavedBudgetIsShownAsTheLanguageWritesItSoThatSavingItAgainKeepsIt(String language, String shown,
			String expected) throws Exception {
		if (this.jdbc.queryForObject("select count(*) from review_case where agency_code = 'LV01'",
				Integer.class) == 0) {
			// the ranking shows its budget once the agency has a submission
			this.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
			try {
				this.submitter.submit("LV");
			}
			finally {
				this.clock.reset();
			}
		}
		MockHttpSession officer = SignIn.as(this.mvc, this.accounts.user(Role.NA_OFFICER, "LV01"));
		this.jdbc.update("delete from review_budget where agency_code = 'LV01'");
		this.jdbc.update("insert into review_budget (agency_code, call_year, round, available, updated_by, updated_at) "
				+ "values ('LV01', 2027, 1, ?, 'test', now())", new BigDecimal(expected));

		String page = this.mvc.get()
			.uri("/agency/ranking?call=2027-1")
			.session(officer)
			.header("Accept-Language", language)
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String value = FormClient.field(page, "budget");
		assertThat(value).as("the budget field of %s", page).isNotNull();
		assertThat(value).isEqualTo(shown);

		java.util.Map<String, Object> flash = this.mvc.post()
			.uri("/agency/ranking/budget")
			.session(officer)
			.with(csrf())
			.header("Accept-Language", language)
			.param("call", "2027-1")
			.param("budget", value)
			.exchange()
			.getMvcResult()
			.getFlashMap();
		assertThat(flash).as("saved again, not refused").containsKey("doneKey").doesNotContainKey("typedBudget");
		assertThat(this.jdbc.queryForObject(
				"select available from review_budget where agency_code = 'LV01' and call_year = 2027 and round = 1",
				BigDecimal.class))
			.isEqualByComparingTo(expected);
	}

}
