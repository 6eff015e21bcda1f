package eu.ka122.planner.drafting.web;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.support.ApplicationForms;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.SignIn;
import eu.ka122.planner.support.TestAccounts;
import eu.ka122.planner.support.TestClockConfiguration.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
class ApplicationJourneyTests {

	static final Pattern REFERENCE = Pattern.compile("2027-1-ES01-KA122-SCH-\\d{9}");

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

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aCoordinatorGoesFromAnEmptyDraftToASubmittedApplicationWithAReference() throws Exception {
		this.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
		MockHttpSession session = SignIn.as(this.mvc, this.accounts.user(Role.COORDINATOR, "ES"));
		assertThat(this.mvc.get().uri("/coordinator").session(session)).hasStatusOk()
			.bodyText()
			.contains("Call 2027, round 1: deadline 19 February 2027, 12:00 (Brussels time)");
		long id = this.forms.create(session);
		assertThat(this.mvc.get().uri("/coordinator/applications/" + id).session(session)).hasStatusOk()
			.bodyText()
			.contains("Not started")
			.contains("APP-MOBILITY-REQUIRED");
		this.forms.fill(session, id);
		MvcTestResult check = this.mvc.get()
			.uri("/coordinator/applications/" + id + "/check")
			.session(session)
			.exchange();
		assertThat(check).hasStatusOk()
			.bodyText()
			.contains("Submit the application")
			.doesNotContain("disabled=\"disabled\"");

		MvcTestResult submitted = this.forms.submit(session, id);
		assertThat(submitted).hasStatus3xxRedirection()
			.hasRedirectedUrl("/coordinator/applications/" + id + "/submitted");
		MvcTestResult confirmation = this.mvc.get()
			.uri("/coordinator/applications/" + id + "/submitted")
			.session(session)
			.exchange();
		String reference = reference(confirmation.getResponse().getContentAsString());

		// a second click, the back button or a retry changes nothing
		assertThat(this.forms.submit(session, id)).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject("select count(*) from application_submission where application_id = ?",
				Integer.class, id))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select reference from application where id = ?", String.class, id))
			.isEqualTo(reference);
		assertThat(this.mvc.get().uri("/coordinator/applications/" + id + "/submission.json").session(session))
			.hasStatusOk()
			.bodyText()
			.contains(reference)
			.contains("\"rateTableVersion\"")
			.contains("3 participants × 350 EUR");
		assertThat(this.mvc.get().uri("/coordinator").session(session)).bodyText()
			.contains(reference)
			.contains("Submitted");

		// a submitted application cannot change
		assertThat(this.mvc.post()
			.uri("/coordinator/applications/" + id + "/context")
			.session(session)
			.with(csrf())
			.param("version", "99")
			.param("durationMonths", "7")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/coordinator/applications/" + id);
		assertThat(this.jdbc.queryForObject("select duration_months from application where id = ?", Integer.class, id))
			.isEqualTo(12);
		assertThat(this.jdbc.queryForList(
				"select action from audit_event where entity_type = 'application' and entity_id = ? order by id",
				String.class, String.valueOf(id)))
			.startsWith("application.created")
			.contains("application.changed", "application.submitted");
	}

	@Test
	void anotherOrganisationsCoordinatorCanNeitherSeeNorChangeTheApplication() {
		this.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
		MockHttpSession owner = SignIn.as(this.mvc, this.accounts.user(Role.COORDINATOR, "ES"));
		long id = this.forms.create(owner);
		MockHttpSession stranger = SignIn.as(this.mvc, this.accounts.user(Role.COORDINATOR, "ES"));
		for (String path : new String[] { "", "/context", "/description", "/follow-up", "/activities",
				"/activities/new", "/budget", "/organisation", "/check", "/submitted", "/submission.json" }) {
			assertThat(this.mvc.get().uri("/coordinator/applications/" + id + path).session(stranger)).as(path)
				.hasStatus(404);
		}
		for (String path : new String[] { "/context", "/description", "/follow-up", "/activities", "/submit",
				"/withdraw" }) {
			assertThat(this.mvc.post()
				.uri("/coordinator/applications/" + id + path)
				.session(stranger)
				.with(csrf())
				.param("version", "0")
				.param("legalRepresentative", "Mallory")
				.param("declarationAccepted", "true")).as(path).hasStatus(404);
		}
		assertThat(this.jdbc.queryForObject("select status from application where id = ?", String.class, id))
			.isEqualTo("DRAFT");
	}

	@ParameterizedTest(name = "round {0}: submitted at {1} is {2}")
	@CsvSource({ "1, 2027-02-19T10:59:59Z, accepted", "1, 2027-02-19T11:00:00Z, refused",
			"2, 2027-10-01T09:59:59Z, accepted", "2, 2027-10-01T10:00:00Z, refused" })
	void theDeadlineIsMiddayBrusselsTimeInWinterAndSummer(int round, Instant at, String outcome) {
		this.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
		MockHttpSession session = SignIn.as(this.mvc, this.accounts.user(Role.COORDINATOR, "ES"));
		this.jdbc.update("insert into call_round2_opening (call_year, agency_code) values (2027, 'ES01') "
				+ "on conflict do nothing");
		long id = this.forms.create(session, "2027-" + round);
		this.forms.fill(session, id, round == 1 ? "2027-09-01" : "2028-02-01");
		this.clock.set(at);
		this.forms.submit(session, id);
		String status = this.jdbc.queryForObject("select status from application where id = ?", String.class, id);
		assertThat(status).isEqualTo(outcome.equals("accepted") ? "SUBMITTED" : "DRAFT");
	}

	@Test
	void asecondSaveFromAStaleFormIsRefusedAndKeepsWhatWasTyped() {
		this.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
		MockHttpSession session = SignIn.as(this.mvc, this.accounts.user(Role.COORDINATOR, "ES"));
		long id = this.forms.create(session);
		this.forms.post(session, id, "/description", "version", "0", "title", "First title", "background", "x");
		MvcTestResult stale = this.mvc.post()
			.uri("/coordinator/applications/" + id + "/description")
			.session(session)
			.with(csrf())
			.param("version", "0")
			.param("title", "My own title")
			.param("background", "typed by the second person")
			.exchange();
		assertThat(stale).hasStatusOk()
			.bodyText()
			.contains("Someone else saved this application")
			.contains("value=\"My own title\"")
			.contains("typed by the second person");
		assertThat(this.jdbc.queryForObject("select title from application where id = ?", String.class, id))
			.isEqualTo("First title");
	}

	@Test
	void invalidInputComesBackWithAnErrorSummaryAndNothingLost() {
		this.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
		MockHttpSession session = SignIn.as(this.mvc, this.accounts.user(Role.COORDINATOR, "ES"));
		long id = this.forms.create(session);
		assertThat(this.mvc.post()
			.uri("/coordinator/applications/" + id + "/activities")
			.session(session)
			.with(csrf())
			.param("version", "0")
			.param("activity.type", "COURSE")
			.param("activity.destinationCountry", "FR")
			.param("activity.participants", "three")
			.param("activity.durationDays", "5")
			.param("activity.courseTitle", "Outdoor learning")).hasStatusOk()
			.bodyText()
			.contains("There is a problem")
			.contains("Enter a whole number.")
			.contains("value=\"three\"")
			.contains("value=\"Outdoor learning\"");
		assertThat(this.mvc.post()
			.uri("/coordinator/applications/" + id + "/context")
			.session(session)
			.with(csrf())
			.param("version", "0")
			.param("projectStart", "2027-02-30")
			.param("durationMonths", "12")).hasStatusOk()
			.bodyText()
			.contains("Enter a real date")
			.contains("value=\"2027-02-30\"");
	}

	private static String reference(String page) {
		Matcher matcher = REFERENCE.matcher(page);
		assertThat(matcher.find()).as("a reference in the Commission's style").isTrue();
		return matcher.group();
	}

}
