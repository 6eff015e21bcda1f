package eu.ka122.planner.platform.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.SignIn;
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
 * form of the app and to the API, through the whole app on real PostgreSQL: never a
 * server error, every rejection explains itself (an error summary on a page, a problem
 * with a detail from the API), and no stored value comes back unescaped on the pages that
 * show it. jqwik's generators make the values; the Spring context is shared with the
 * other integration tests, so each form gets a fixed number of tries.
 */
@IntegrationTest
class HostileInputTests {

	static final int TRIES = 25;

	static final String SCRIPT = "<script>window.__ka122xss=1</script>";

	static final String IMAGE = "\"><img src=x onerror=\"window.__ka122xss=2\">";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

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

	/** Text that breaks things: long, control characters, markup, SQL, odd Unicode. */
	static Arbitrary<String> hostileText() {
		return Arbitraries.oneOf(Arbitraries.of(SCRIPT, IMAGE, "javascript:alert(1)", "' OR '1'='1' --",
				"'); drop table application; --", "\u0000", "a\u0000b", "\u001b[31mred", "\u202Eevil", "\uFEFF",
				"\uD800", "${7*7}", "#{7*7}", "[[${7*7}]]", "%00", "../../etc/passwd", "null", "undefined", " ", ""),
				Arbitraries.strings().all().ofMinLength(1).ofMaxLength(60),
				Arbitraries.strings().withChars('x', '<', '\'', '"', '&').ofMinLength(5_001).ofMaxLength(20_000),
				Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(20));
	}

	/** Numbers at and beyond limits, and things that are no number. */
	static Arbitrary<String> hostileNumber() {
		return Arbitraries.oneOf(
				Arbitraries.of("-1", "0", "1", "2147483647", "2147483648", "-2147483649", "9223372036854775808",
						"99999999999999999999999", "1e309", "-0", "NaN", "Infinity", "0x10", "1,5", "1.5",
						"0.000000001", "１２", "٣", "abc", "true", "[]", "{}", " 7 ", ""),
				Arbitraries.integers().map(String::valueOf), Arbitraries.bigDecimals().map(Object::toString),
				hostileText());
	}

	/** A form's fields, each hostile, left as sent, or missing. */
	Map<String, String> hostile(Map<String, Arbitrary<String>> fields) {
		Map<String, String> values = new LinkedHashMap<>();
		fields.forEach((name, arbitrary) -> {
			int choice = Arbitraries.integers().between(0, 5).sample();
			if (choice > 0) {
				values.put(name, (choice == 1) ? "" : arbitrary.sample());
			}
		});
		return values;
	}

	@Test
	void theSectionFormsNeverFailAndExplainEveryRejection() {
		Arbitrary<String> text = hostileText();
		Arbitrary<String> number = hostileNumber();
		Map<String, Map<String, Arbitrary<String>>> forms = new LinkedHashMap<>();
		forms.put("/context",
				fields("version", number, "projectStart",
						Arbitraries.oneOf(text,
								Arbitraries.of("2027-02-30", "2027-09-01", "99999-01-01", "2027-13-01")),
						"durationMonths", number, "language", text));
		forms.put("/description", fields("version", number, "title", text, "background", text, "objectives[0]", text,
				"objectives[1]", text, "objectives[999999]", text, "addObjective", text, "removeObjective", number));
		forms.put("/follow-up",
				fields("version", number, "integration", text, "evaluation", text, "dissemination", text, "visibility",
						text, "etwinning", text, "inclusion", text, "digital", text, "financialGuaranteeCosts",
						number));
		forms.put("/submit", fields("legalRepresentative", text, "declarationAccepted", text));
		for (var form : forms.entrySet()) {
			for (int i = 0; i < TRIES; i++) {
				Map<String, String> values = hostile(form.getValue());
				if (!form.getKey().equals("/submit")) {
					values.putIfAbsent("version", version());
				}
				MvcTestResult result = post(form.getKey(), values);
				assertExplained(form.getKey(), values, result);
			}
		}
		assertStoredValuesAreEscaped();
	}

	@Test
	void theActivityFormAndItsPreviewNeverFailAndExplainEveryRejection() {
		Arbitrary<String> text = hostileText();
		Arbitrary<String> number = hostileNumber();
		Map<String, Arbitrary<String>> fields = fields("version", number, "activity.type",
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
		for (String path : List.of("/activities", "/activities/preview")) {
			for (int i = 0; i < TRIES; i++) {
				Map<String, String> values = hostile(fields);
				values.putIfAbsent("version", version());
				MvcTestResult result = post(path, values);
				if (path.endsWith("preview")) {
					assertThat(result.getResponse().getStatus()).as("%s with %s", path, values).isLessThan(500);
				}
				else {
					assertExplained(path, values, result);
				}
			}
		}
		assertStoredValuesAreEscaped();
	}

	@Test
	void theCalculatorGuideAndCitySearchNeverFail() {
		Arbitrary<String> text = hostileText();
		Arbitrary<String> number = hostileNumber();
		Map<String, Map<String, Arbitrary<String>>> forms = new LinkedHashMap<>();
		forms.put("/calculator", fields("callYear", number, "round", number, "applicantCountry", text,
				"financialGuaranteeCosts", number, "activities[0].type", text, "activities[0].destinationCountry", text,
				"activities[0].participants", number, "activities[0].durationDays", number, "activities[0].distanceKm",
				number, "activities[1000].type", text, "add", text, "remove", number, "duplicate", number));
		forms.put("/guide", fields("check", text, "aim", text, "partnersReady", text, "managedProjectBefore", text,
				"accredited", text, "moreThan30Participants", text, "frequency", text, "threeRecentGrants", text));
		forms.put("/geo/cities", fields("q", text, "country", text));
		forms.put("/api/v1/cities", fields("q", text, "country", text));
		for (var form : forms.entrySet()) {
			for (int i = 0; i < TRIES; i++) {
				Map<String, String> values = hostile(form.getValue());
				var request = this.mvc.get().uri(form.getKey()).with(fromAnotherAddress());
				for (var value : values.entrySet()) {
					request = request.param(value.getKey(), value.getValue());
				}
				MvcTestResult result = request.exchange();
				int status = result.getResponse().getStatus();
				assertThat(status).as("%s with %s", form.getKey(), values).isLessThan(500);
				if (status >= 400) {
					assertThat(body(result)).as("%s explains its %s", form.getKey(), status).isNotBlank();
				}
				String type = result.getResponse().getContentType();
				if (type != null && type.startsWith("text/html")) {
					// JSON answers (problems naming the value) are never rendered as a
					// page
					assertThat(body(result)).as("%s shows typed markup escaped", form.getKey())
						.doesNotContain(SCRIPT)
						.doesNotContain("<img src=x");
				}
			}
		}
	}

	@Test
	void theEstimateApiAnswersEveryHostileBodyWithAProblemThatExplainsIt() {
		Arbitrary<String> value = Arbitraries.oneOf(hostileText().map(HostileInputTests::quote), hostileNumber(),
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
				assertThat(body(result)).as("problem for %s", body).contains("\"detail\"");
			}
		}
	}

	// ---------------------------------------------------------------- helpers

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

	/**
	 * Saved (a redirect), or the form again with an error summary or the conflict notice
	 * that says why.
	 */
	private void assertExplained(String path, Map<String, String> values, MvcTestResult result) {
		int status = result.getResponse().getStatus();
		assertThat(status).as("%s with %s", path, values).isLessThan(500);
		if (status == 200) {
			assertThat(body(result)).as("%s with %s: the page says what is wrong", path, values)
				.containsAnyOf("error-summary", "data-testid=\"conflict\"", "name=\"addObjective\"");
		}
		else if (status == 400) {
			assertThat(body(result)).as("%s with %s: the 400 page says why", path, values)
				.contains("The form sent something this page does not have");
		}
		else {
			assertThat(status).as("%s with %s", path, values).isIn(302, 303);
		}
		assertThat(body(result)).as("%s shows typed markup escaped", path)
			.doesNotContain(SCRIPT)
			.doesNotContain("<img src=x");
	}

	/** Stores script-like values and reads every page that shows them. */
	private void assertStoredValuesAreEscaped() {
		post("/description",
				Map.of("version", version(), "title", SCRIPT, "background", IMAGE, "objectives[0]", SCRIPT + IMAGE));
		post("/follow-up", Map.of("version", version(), "integration", IMAGE, "evaluation", SCRIPT));
		for (String path : List.of("", "/description", "/follow-up", "/activities", "/check", "/budget")) {
			String page = body(this.mvc.get()
				.uri("/coordinator/applications/" + this.application + path)
				.session(this.session)
				.exchange());
			assertThat(page).as("page %s", path).doesNotContain(SCRIPT).doesNotContain("<img src=x");
		}
		assertThat(body(this.mvc.get().uri("/coordinator").session(this.session).exchange())).doesNotContain(SCRIPT);
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

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String quote(String text) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"').toString();
	}

	private static Map<String, Arbitrary<String>> fields(Object... pairs) {
		Map<String, Arbitrary<String>> fields = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			@SuppressWarnings("unchecked")
			Arbitrary<String> arbitrary = (Arbitrary<String>) pairs[i + 1];
			fields.put((String) pairs[i], arbitrary);
		}
		return fields;
	}

}
