package eu.ka122.planner.platform.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.SignIn;
import eu.ka122.planner.support.Submitter;
import eu.ka122.planner.support.TestAccounts;
import eu.ka122.planner.support.TestClockConfiguration.MutableClock;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Generated hostile input (very long strings, control characters, HTML and script, SQL
 * fragments, numbers at and beyond limits, wrong types, missing fields) posted to every
 * form of the coordinator, the calculator, the Guide, the city search and the API,
 * through the whole app on real PostgreSQL (the agency's and the administrators' forms
 * are in {@link ReviewHostileInputTests} and {@link AdminHostileInputTests}): never a
 * server error, every rejection explains itself (an error summary on a page, a problem
 * with a detail from the API), and no stored value comes back unescaped on the pages that
 * show it. jqwik's generators make the values; the Spring context is shared with the
 * other integration tests, so each form gets a fixed number of tries.
 */
@IntegrationTest
class HostileInputTests {

	static final int TRIES = 25;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Submitter submitter;

	MockHttpSession session;

	long application;

	int address;

	@BeforeEach
	void startAnApplication() {
		this.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
		this.session = SignIn.as(this.mvc, this.accounts.user(Role.COORDINATOR, "ES"));
		String location = this.mvc.post()
			.uri("/coordinator/applications")
			.session(this.session)
			.with(csrf())
			.param("call", "2027-1")
			.exchange()
			.getResponse()
			.getRedirectedUrl();
		this.application = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theSectionFormsNeverFailAndExplainEveryRejection() {
		Arbitrary<String> text = Hostile.text();
		Arbitrary<String> number = Hostile.number();
		Map<String, Map<String, Arbitrary<String>>> forms = new LinkedHashMap<>();
		forms.put("/context",
				Hostile.fields("version", number, "projectStart",
						Arbitraries.oneOf(text,
								Arbitraries.of("2027-02-30", "2027-09-01", "99999-01-01", "2027-13-01")),
						"durationMonths", number, "language", text));
		forms.put("/description",
				Hostile.fields("version", number, "title", text, "background", text, "objectives[0]", text,
						"objectives[1]", text, "objectives[999999]", text, "addObjective", text, "removeObjective",
						number));
		forms.put("/follow-up",
				Hostile.fields("version", number, "integration", text, "evaluation", text, "dissemination", text,
						"visibility", text, "etwinning", text, "inclusion", text, "digital", text,
						"financialGuaranteeCosts", number));
		forms.put("/submit", Hostile.fields("legalRepresentative", text, "declarationAccepted", text));
		for (var form : forms.entrySet()) {
			for (int i = 0; i < TRIES; i++) {
				Map<String, String> values = Hostile.values(form.getValue());
				if (!form.getKey().equals("/submit")) {
					values.putIfAbsent("version", version());
				}
				MvcTestResult result = post(form.getKey(), values);
				Hostile.assertExplained(this.mvc, this.session, form.getKey(), values, result, "name=\"addObjective\"");
			}
		}
		assertStoredValuesAreEscaped();
	}

	@Test
	void theActivityFormAndItsPreviewNeverFailAndExplainEveryRejection() {
		Arbitrary<String> text = Hostile.text();
		Arbitrary<String> number = Hostile.number();
		Arbitrary<String> existingActivity = Arbitraries
			.oneOf(Arbitraries.just("first").map((first) -> String.valueOf(firstActivity())), Hostile.id());
		Map<String, Arbitrary<String>> fields = Hostile.fields("version", number, "activity.type",
				Arbitraries.oneOf(text, Arbitraries.of("COURSE", "JOB_SHADOWING", "GROUP_PUPIL_MOBILITY")),
				"activity.destinationCountry", Arbitraries.oneOf(text, Arbitraries.of("IT", "FR", "it", "GR", "EL")),
				"activity.destinationCity", text, "activity.originCity", text, "activity.hostingOrganisation", text,
				"activity.participants", number, "activity.participantsWithFewerOpportunities", number,
				"activity.accompanyingPersons", number, "activity.durationDays", number, "activity.travelDays", number,
				"activity.distanceKm", number, "activity.greenTravel", text, "activity.linguisticSupportParticipants",
				number, "activity.courseTitle", text, "activity.preparesActivityType", text,
				"activity.shortDurationJustification", text, "activity.expensiveTravelCosts", number,
				"activity.visaAndMedicalCosts", number, "activity.inclusionSupportCosts", number, "objectiveIds",
				number);
		for (String path : List.of("/activities", "/activities/preview", "/activities/{activity}")) {
			for (int i = 0; i < TRIES; i++) {
				Map<String, String> values = Hostile.values(fields);
				values.putIfAbsent("version", version());
				MvcTestResult result = path.endsWith("}") ? Hostile.post(this.mvc, this.session, values,
						"/coordinator/applications/{id}" + path, this.application, existingActivity.sample())
						: post(path, values);
				if (path.endsWith("preview")) {
					assertThat(result.getResponse().getStatus()).as("%s with %s", path, values).isLessThan(500);
				}
				else {
					Hostile.assertExplained(this.mvc, this.session, path, values, result);
				}
			}
		}
		assertStoredValuesAreEscaped();
	}

	@Test
	void theCalculatorGuideAndCitySearchNeverFail() {
		Arbitrary<String> text = Hostile.text();
		Arbitrary<String> number = Hostile.number();
		Map<String, Map<String, Arbitrary<String>>> forms = new LinkedHashMap<>();
		forms.put("/calculator", Hostile.fields("callYear", number, "round", number, "applicantCountry", text,
				"financialGuaranteeCosts", number, "activities[0].type", text, "activities[0].destinationCountry", text,
				"activities[0].participants", number, "activities[0].durationDays", number, "activities[0].distanceKm",
				number, "activities[1000].type", text, "add", text, "remove", number, "duplicate", number));
		forms.put("/guide",
				Hostile.fields("check", text, "aim", text, "partnersReady", text, "managedProjectBefore", text,
						"accredited", text, "moreThan30Participants", text, "frequency", text, "threeRecentGrants",
						text));
		forms.put("/geo/cities", Hostile.fields("q", text, "country", text));
		forms.put("/api/v1/cities", Hostile.fields("q", text, "country", text));
		for (var form : forms.entrySet()) {
			for (int i = 0; i < TRIES; i++) {
				Map<String, String> values = Hostile.values(form.getValue());
				var request = this.mvc.get().uri(form.getKey()).with(fromAnotherAddress());
				for (var value : values.entrySet()) {
					request = request.param(value.getKey(), value.getValue());
				}
				MvcTestResult result = request.exchange();
				int status = result.getResponse().getStatus();
				assertThat(status).as("%s with %s", form.getKey(), values).isLessThan(500);
				if (status >= 400) {
					assertThat(Hostile.body(result)).as("%s explains its %s", form.getKey(), status).isNotBlank();
				}
				String type = result.getResponse().getContentType();
				if (type != null && type.startsWith("text/html")) {
					// JSON answers (problems naming the value) are never rendered as a
					// page
					assertThat(Hostile.body(result)).as("%s shows typed markup escaped", form.getKey())
						.doesNotContain(Hostile.SCRIPT)
						.doesNotContain("<img src=x");
				}
			}
		}
	}

	@Test
	void theEstimateApiAnswersEveryHostileBodyWithAProblemThatExplainsIt() {
		Arbitrary<String> value = Arbitraries.oneOf(Hostile.text().map(Hostile::quote), Hostile.number(),
				Arbitraries.of("null", "true", "[]", "{}", "[[[[[[[[[[]]]]]]]]]]", "1e999999"));
		for (int i = 0; i < TRIES * 3; i++) {
			String body = "{\"callYear\": " + value.sample() + ", \"round\": " + value.sample()
					+ ", \"applicantCountry\": " + value.sample() + ", \"activities\": [{\"type\": " + value.sample()
					+ ", \"destinationCountry\": " + value.sample() + ", \"participants\": " + value.sample()
					+ ", \"durationDays\": " + value.sample() + ", \"distanceKm\": " + value.sample() + "}]}";
			MvcTestResult result = this.mvc.post()
				.uri("/api/v1/estimates")
				.with(fromAnotherAddress())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.exchange();
			int status = result.getResponse().getStatus();
			assertThat(status).as("API with %s", body).isIn(200, 400);
			if (status == 400) {
				assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
				assertThat(Hostile.body(result)).as("problem for %s", body).contains("\"detail\"");
			}
		}
	}

	@Test
	void theDashboardAndTheActivityListButtonsNeverFailAndExplainEveryRefusal() {
		String submitted = String.valueOf(this.submitter.submitAs(coordinator(), Submitter.job(2, 10)).id());
		// no round chosen: said on the dashboard; no version: the 400 page says why
		MvcTestResult noRound = Hostile.post(this.mvc, this.session, Map.of(), "/coordinator/applications");
		assertThat(noRound.getResponse().getRedirectedUrl()).isEqualTo("/coordinator");
		assertThat(noRound.getMvcResult().getFlashMap().get("refusedKey")).isEqualTo("drafting.error.chooseRound");
		Hostile.assertExplained(this.mvc, this.session, "no round", Map.of(), noRound);
		MvcTestResult noVersion = Hostile.post(this.mvc, this.session, Map.of(),
				"/coordinator/applications/{id}/activities/{activity}/duplicate", this.application, firstActivity());
		assertThat(Hostile.body(noVersion)).contains(Hostile.BAD_REQUEST_PAGE);

		Map<String, Arbitrary<String>> create = Hostile.fields("call",
				Arbitraries.oneOf(Hostile.text(), Hostile.number(), Arbitraries.of("2027-1", "2027-2", "2027-3",
						"2026-1", "1999-1", "2027-", "-1", "2027-1-1", "99999999999-1", "2027--1", "2027-01")));
		for (int i = 0; i < TRIES; i++) {
			Map<String, String> values = Hostile.values(create);
			Hostile.assertExplained(this.mvc, this.session, "/coordinator/applications", values,
					Hostile.post(this.mvc, this.session, values, "/coordinator/applications"));
		}
		Arbitrary<String> version = Arbitraries.oneOf(Hostile.number(),
				Arbitraries.of(version()).map((v) -> version()));
		Arbitrary<String> application = Hostile.id(this.application, submitted);
		Arbitrary<String> activityId = Arbitraries
			.oneOf(Arbitraries.just("first").map((first) -> String.valueOf(firstActivity())), Hostile.id());
		for (String button : List.of("duplicate", "delete")) {
			for (int i = 0; i < Hostile.BUTTON_TRIES; i++) {
				Map<String, String> values = Hostile.values(Hostile.fields("version", version));
				String id = application.sample();
				String row = activityId.sample();
				String path = "/coordinator/applications/{id}/activities/{activity}/" + button;
				Hostile.assertExplained(this.mvc, this.session, path + " " + id + " " + row, values,
						Hostile.post(this.mvc, this.session, values, path, id, row));
			}
		}
		for (int i = 0; i < Hostile.BUTTON_TRIES; i++) {
			Map<String, String> values = Hostile.values(Hostile.fields("version", version));
			String id = application.sample();
			Hostile.assertExplained(this.mvc, this.session, "withdraw " + id, values,
					Hostile.post(this.mvc, this.session, values, "/coordinator/applications/{id}/withdraw", id));
		}
		assertThat(Hostile.body(this.mvc.get().uri("/coordinator").session(this.session).exchange()))
			.contains("data-application=\"" + this.application + "\"");
	}

	// ---------------------------------------------------------------- helpers

	/** The draft's first activity, added when the draft has none. */
	private long firstActivity() {
		var ids = this.jdbc.queryForList(
				"select id from application_activity where application_id = ? order by position", Long.class,
				this.application);
		if (!ids.isEmpty()) {
			return ids.get(0);
		}
		post("/activities",
				Map.of("version", version(), "activity.type", "JOB_SHADOWING", "activity.destinationCountry", "IT",
						"activity.destinationCity", "Rome", "activity.participants", "2", "activity.durationDays", "10",
						"activity.travelDays", "2", "activity.distanceKm", "1365"));
		return this.jdbc.queryForObject(
				"select id from application_activity where application_id = ? order by position limit 1", Long.class,
				this.application);
	}

	private String coordinator() {
		return this.jdbc.queryForObject(
				"select u.username from app_user u join application a on a.organisation_id = u.organisation_id "
						+ "where a.id = ? limit 1",
				String.class, this.application);
	}

	private MvcTestResult post(String path, Map<String, String> values) {
		var request = this.mvc.post()
			.uri("/coordinator/applications/" + this.application + path)
			.session(this.session)
			.with(csrf());
		for (var value : values.entrySet()) {
			request = request.param(value.getKey(), value.getValue());
		}
		return request.exchange();
	}

	/** Stores script-like values and reads every page that shows them. */
	private void assertStoredValuesAreEscaped() {
		post("/description", Map.of("version", version(), "title", Hostile.SCRIPT, "background", Hostile.IMAGE,
				"objectives[0]", Hostile.SCRIPT + Hostile.IMAGE));
		post("/follow-up", Map.of("version", version(), "integration", Hostile.IMAGE, "evaluation", Hostile.SCRIPT));
		for (String path : List.of("", "/description", "/follow-up", "/activities", "/check", "/budget")) {
			String page = Hostile.body(this.mvc.get()
				.uri("/coordinator/applications/" + this.application + path)
				.session(this.session)
				.exchange());
			assertThat(page).as("page %s", path).doesNotContain(Hostile.SCRIPT).doesNotContain("<img src=x");
		}
		assertThat(Hostile.body(this.mvc.get().uri("/coordinator").session(this.session).exchange()))
			.doesNotContain(Hostile.SCRIPT);
	}

	private String version() {
		return String.valueOf(
				this.jdbc.queryForObject("select version from application where id = ?", Long.class, this.application));
	}

	/**
	 * Each request from its own documentation address, so the API's rate limit stays out
	 * of the way.
	 */
	private org.springframework.test.web.servlet.request.RequestPostProcessor fromAnotherAddress() {
		int n = ++this.address;
		return (request) -> {
			request.setRemoteAddr("198.51.100." + (n % 250 + 1));
			return request;
		};
	}

}
