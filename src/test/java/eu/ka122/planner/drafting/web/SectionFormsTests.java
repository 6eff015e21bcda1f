package eu.ka122.planner.drafting.web;

import java.time.Instant;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.support.ApplicationForms;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.SignIn;
import eu.ka122.planner.support.TestAccounts;
import eu.ka122.planner.support.TestClockConfiguration.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every section saves valid input, explains invalid input keeping it, and never
 * overwrites a newer save.
 */
@IntegrationTest
class SectionFormsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationForms forms;

	MockHttpSession session;

	long id;

	@BeforeEach
	void startAnApplication() {
		this.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
		this.session = signIn(this.accounts.user(Role.COORDINATOR, "IT"));
		this.id = this.forms.create(this.session);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@ParameterizedTest(name = "{0}: valid input is saved")
	@CsvSource(delimiter = '|', value = {
			"context|projectStart=2027-09-01&durationMonths=12&language=it|duration_months|12",
			"description|title=Green schools&background=Why&objectives[0]=Learn|title|Green schools",
			"follow-up|integration=Plan&evaluation=Survey&dissemination=Blog&visibility=Logo&digital=true|priority_digital|true" })
	void savesValidInputAndReturnsToTheTaskList(String section, String params, String column, String expected) {
		assertThat(post(section, "0", params)).hasStatus3xxRedirection()
			.hasRedirectedUrl("/coordinator/applications/" + this.id);
		assertThat(this.jdbc.queryForObject("select " + column + "::text from application where id = ?", String.class,
				this.id))
			.isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}: invalid input is explained and kept")
	@CsvSource(delimiter = '|',
			value = { "context|durationMonths=twelve&language=it|Enter a whole number.|twelve",
					"description|title=" + "T" + "|Enter between 0 and 200 characters.|TTTT",
					"follow-up|financialGuaranteeCosts=-5&integration=Kept text|Enter 0 or more.|Kept text" })
	void explainsInvalidInputAndKeepsIt(String section, String params, String message, String kept) {
		String effective = section.equals("description") ? "title=" + "T".repeat(201) : params;
		assertThat(post(section, "0", effective)).hasStatusOk()
			.bodyText()
			.contains("There is a problem")
			.contains(message)
			.contains(kept);
	}

	@ParameterizedTest(name = "{0}: a stale form is refused and shows what the other person saved")
	@CsvSource(delimiter = '|',
			value = { "context|durationMonths=9&language=it|durationMonths=14&language=it|9",
					"description|title=Their title|title=My title|Their title",
					"follow-up|integration=Their plan|integration=My plan|Their plan" })
	void refusesAStaleFormAndShowsTheOtherVersion(String section, String theirs, String mine, String shown) {
		assertThat(post(section, "0", theirs)).hasStatus3xxRedirection();
		assertThat(post(section, "0", mine)).hasStatusOk()
			.bodyText()
			.contains("Someone else saved this application")
			.contains("data-testid=\"theirs\"")
			.contains(shown)
			.contains(mine.substring(mine.indexOf('=') + 1, mine.contains("&") ? mine.indexOf('&') : mine.length()));
	}

	@Test
	void anActivityFromAStaleFormIsRefusedAndKept() {
		assertThat(post("activities", "0", "activity.type=COURSE&activity.destinationCountry=FR&activity.participants=2"
				+ "&activity.durationDays=5&activity.courseTitle=First"))
			.hasStatus3xxRedirection();
		assertThat(post("activities", "0",
				"activity.type=COURSE&activity.destinationCountry=FR&activity.participants=2"
						+ "&activity.durationDays=5&activity.courseTitle=Second"))
			.hasStatusOk()
			.bodyText()
			.contains("Someone else saved this application")
			.contains("value=\"Second\"");
		assertThat(this.jdbc.queryForObject("select count(*) from application_activity where application_id = ?",
				Integer.class, this.id))
			.isEqualTo(1);
	}

	@Test
	void anActivityMustServeAnObjectiveOnceObjectivesExist() {
		assertThat(post("description", "0", "title=T&objectives[0]=Learn")).hasStatus3xxRedirection();
		assertThat(post("activities", "1",
				"activity.type=JOB_SHADOWING&activity.destinationCountry=FR"
						+ "&activity.participants=2&activity.durationDays=5"))
			.hasStatusOk()
			.bodyText()
			.contains("Choose at least one objective this activity serves.");
	}

	@Test
	void anotherOrganisationCannotReachTheActivitiesOfAnApplication() {
		assertThat(post("activities", "0", "activity.type=COURSE&activity.destinationCountry=FR&activity.participants=2"
				+ "&activity.durationDays=5"))
			.hasStatus3xxRedirection();
		long activity = this.jdbc.queryForObject("select id from application_activity where application_id = ?",
				Long.class, this.id);
		MockHttpSession stranger = signIn(this.accounts.user(Role.COORDINATOR, "IT"));
		String base = "/coordinator/applications/" + this.id + "/activities/" + activity;
		assertThat(this.mvc.get().uri(base).session(stranger)).hasStatus(404);
		for (String path : new String[] { base, base + "/preview", base + "/duplicate", base + "/delete",
				"/coordinator/applications/" + this.id + "/activities/preview" }) {
			assertThat(this.mvc.post()
				.uri(path)
				.session(stranger)
				.with(csrf())
				.param("version", "1")
				.param("activity.type", "COURSE")
				.param("activity.destinationCountry", "FR")
				.param("activity.participants", "1")
				.param("activity.durationDays", "5")).as(path).hasStatus(404);
		}
		// an invalid preview from a stranger is refused too, before any validation
		// message
		assertThat(this.mvc.post()
			.uri("/coordinator/applications/" + this.id + "/activities/preview")
			.session(stranger)
			.with(csrf())
			.param("version", "1")
			.param("activity.participants", "abc")).hasStatus(404);
		assertThat(this.jdbc.queryForObject("select count(*) from application_activity where application_id = ?",
				Integer.class, this.id))
			.isEqualTo(1);
	}

	@Test
	void theDatabaseRefusesAnyChangeToASubmittedApplicationOrItsSnapshot() {
		this.jdbc.update(
				"update application set status = 'SUBMITTED', reference = ?, submitted_at = now() where id = ?",
				"2027-1-IT02-KA122-SCH-" + this.id, this.id);
		org.assertj.core.api.Assertions.assertThatExceptionOfType(org.springframework.dao.DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("update application set title = 'changed' where id = ?", this.id));
		org.assertj.core.api.Assertions.assertThatExceptionOfType(org.springframework.dao.DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update(
					"insert into application_objective (application_id, position, text) values (?, 0, 'x')", this.id));
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult post(String section, String version,
			String params) {
		MockMvcRequestBuilder request = this.mvc.post()
			.uri("/coordinator/applications/" + this.id + "/" + section)
			.session(this.session)
			.with(csrf())
			.param("version", version);
		for (String pair : params.split("&")) {
			int eq = pair.indexOf('=');
			request = request.param(pair.substring(0, eq), pair.substring(eq + 1));
		}
		return request.exchange();
	}

	private MockHttpSession signIn(String username) {
		return SignIn.as(this.mvc, username);
	}

}
