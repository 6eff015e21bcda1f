package eu.ka122.planner.platform.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.budget.RateTableYears;
import eu.ka122.planner.budget.persistence.RateTableStore;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Generated hostile input posted to the administrators' forms (users, password links,
 * organisations, agencies, calls, rate-table drafts and their JSON import, publication)
 * and to the officers' daily rates: never a server error, every rejection explained, and
 * stored names and notes come back escaped on every page that shows them. Only records of
 * the test's own are changed: its users and organisations, agency HU09 and a call year of
 * its own.
 */
@IntegrationTest
class AdminHostileInputTests {

	static final int TRIES = 25;

	/** An agency no other test has: created here. */
	static final String OWN_AGENCY = "HU09";

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Submitter submitter;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RateTableStore store;

	MockHttpSession admin;

	@BeforeEach
	void signIn() {
		this.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
		this.admin = SignIn.as(this.mvc, this.accounts.user(Role.ADMIN, null));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theUserFormsNeverFailAndExplainEveryRefusal() {
		long organisation = this.accounts.organisation("HU");
		String oid = oid(organisation);
		long target = userId(this.accounts.user(Role.ASSESSOR, "HU01"));
		Arbitrary<String> text = Hostile.text();
		Arbitrary<String> role = Arbitraries.oneOf(text,
				Arbitraries.of("COORDINATOR", "NA_OFFICER", "ASSESSOR", "assessor", "ROLE_ADMIN"));
		Arbitrary<String> organisationOid = Arbitraries.oneOf(text, Arbitraries.of(oid, oid.toLowerCase(), "E0"));
		Arbitrary<String> agency = Arbitraries.oneOf(text, Arbitraries.of("HU01", "hu01 ", "ZZ99"));
		Map<String, Arbitrary<String>> invite = Hostile.fields("username",
				Arbitraries.oneOf(text, Arbitraries.just("new").map((n) -> "hostile." + SEQUENCE.incrementAndGet())),
				"displayName", text, "email", Arbitraries.oneOf(text, Arbitraries.of("someone@example.org")), "role",
				role, "organisationOid", organisationOid, "agencyCode", agency);
		for (int i = 0; i < TRIES; i++) {
			Map<String, String> values = Hostile.values(invite);
			adminPost("invite", values, "/admin/users");
		}

		Arbitrary<String> user = Hostile.id(target);
		Map<String, Arbitrary<String>> change = Hostile.fields("role", role, "organisationOid", organisationOid,
				"agencyCode", agency, "version",
				Arbitraries.oneOf(Hostile.number(), Arbitraries.just("current").map((c) -> userVersion(target))));
		for (int i = 0; i < TRIES; i++) {
			Map<String, String> values = Hostile.values(change);
			String id = user.sample();
			adminPost("change user " + id, values, "/admin/users/{id}", id);
		}
		for (String action : List.of("disable", "enable", "reset-password")) {
			for (int i = 0; i < Hostile.BUTTON_TRIES; i++) {
				String id = user.sample();
				adminPost(action + " " + id, Map.of(), "/admin/users/{id}/" + action, id);
			}
		}

		Hostile.assertKept("invite without a username",
				Hostile.post(this.mvc, this.admin,
						Map.of("username", "", "displayName", Hostile.SCRIPT, "role", "ASSESSOR", "agencyCode", "HU01"),
						"/admin/users"));

		String username = "hostile." + SEQUENCE.incrementAndGet();
		assertThat(Hostile
			.post(this.mvc, this.admin,
					Map.of("username", username, "displayName", Hostile.SCRIPT + Hostile.IMAGE, "email",
							username + "@example.org", "role", "ASSESSOR", "agencyCode", "HU01"),
					"/admin/users")
			.getResponse()
			.getStatus()).isEqualTo(200);
		long invited = userId(username);
		assertThat(page(this.admin, "/admin/users?q=" + username)).contains(Hostile.SCRIPT_AS_TEXT);
		assertThat(page(this.admin, "/admin/users/" + invited)).contains(Hostile.SCRIPT_AS_TEXT);
		page(this.admin, "/admin/users");
		page(this.admin, "/admin/audit");
		// the officer chooses assessors by name
		long application = this.submitter.submit("HU").id();
		MockHttpSession officer = SignIn.as(this.mvc, this.accounts.user(Role.NA_OFFICER, "HU01"));
		assertThat(page(officer, "/agency/applications/" + application)).contains(Hostile.SCRIPT_AS_TEXT);
	}

	@Test
	void thePasswordLinkPageNeverFailsAndExplainsEveryRefusal() {
		long target = userId(this.accounts.user(Role.ASSESSOR, "HU01"));
		MvcTestResult reset = Hostile.post(this.mvc, this.admin, Map.of(), "/admin/users/{id}/reset-password", target);
		Matcher link = Pattern.compile("token=([A-Za-z0-9_\\-]+)").matcher(Hostile.body(reset));
		assertThat(link.find()).as(Hostile.body(reset)).isTrue();
		String token = link.group(1);
		MockHttpSession anonymous = new MockHttpSession();
		Arbitrary<String> text = Hostile.text();
		Arbitrary<String> password = Arbitraries.oneOf(text, Arbitraries.of("a-long-enough-password"));
		Map<String, Arbitrary<String>> form = Hostile.fields("token",
				Arbitraries.oneOf(text, Arbitraries.of(token, token + "x", token.toUpperCase())), "password", password,
				"confirmation", password);
		for (int i = 0; i < TRIES; i++) {
			Map<String, String> values = Hostile.values(form);
			Hostile.assertExplained(this.mvc, anonymous, "password link", values,
					Hostile.post(this.mvc, anonymous, values, "/account/password"), "data-testid=\"link-invalid\"");
			Map<String, String> query = Hostile.values(Hostile.fields("token", form.get("token")));
			MvcTestResult shown = Hostile.get(this.mvc, anonymous, query, "/account/password");
			assertThat(shown.getResponse().getStatus()).as("password page with %s", query).isEqualTo(200);
			Hostile.assertEscaped("password page", shown);
		}
	}

	@Test
	void theOrganisationAndAgencyFormsNeverFailAndExplainEveryRefusal() {
		long organisation = this.accounts.organisation("HU");
		long duplicate = this.accounts.organisation("HU");
		String duplicateOid = oid(duplicate);
		Arbitrary<String> text = Hostile.text();
		Arbitrary<String> number = Hostile.number();
		Map<String, Arbitrary<String>> values = Hostile.fields("oid",
				Arbitraries.oneOf(text,
						Arbitraries.integers().between(0, 9_999_999).map((n) -> String.format("E9%07d", n)),
						Arbitraries.of(duplicateOid, "e12345678", "E1234567890")),
				"legalName", text, "country", Arbitraries.oneOf(text, Arbitraries.of("HU", "hu", "XX", "EL")), "type",
				Arbitraries.oneOf(text, Arbitraries.of("SCHOOL", "school", "NGO")), "accredited",
				Arbitraries.oneOf(text, Arbitraries.of("true", "on")), "version",
				Arbitraries.oneOf(number, Arbitraries.just("current").map((c) -> organisationVersion(organisation))));
		for (int i = 0; i < TRIES; i++) {
			adminPost("create organisation", Hostile.values(values), "/admin/organisations");
		}
		Arbitrary<String> id = Hostile.id(organisation);
		for (int i = 0; i < TRIES; i++) {
			String path = id.sample();
			adminPost("change organisation " + path, Hostile.values(values), "/admin/organisations/{id}", path);
		}
		Map<String, Arbitrary<String>> grant = Hostile.fields("grantYear",
				Arbitraries.oneOf(number, Arbitraries.of("2020", "2013", "2101")), "grantRound",
				Arbitraries.oneOf(number, Arbitraries.of("1", "2", "3")), "grantNote", text);
		for (int i = 0; i < TRIES; i++) {
			String path = id.sample();
			adminPost("organisation grant " + path, Hostile.values(grant), "/admin/organisations/{id}/grants", path);
		}
		Map<String, Arbitrary<String>> merge = Hostile.fields("duplicateOid",
				Arbitraries.oneOf(text, Arbitraries.of(duplicateOid, oid(organisation), "E00000000")));
		for (int i = 0; i < TRIES; i++) {
			String path = id.sample();
			adminPost("merge " + path, Hostile.values(merge), "/admin/organisations/{id}/merge", path);
		}

		Map<String, Arbitrary<String>> agency = Hostile.fields("code",
				Arbitraries.oneOf(text, Arbitraries.of(OWN_AGENCY, OWN_AGENCY.toLowerCase(), "HU1", "HU001")),
				"country", Arbitraries.oneOf(text, Arbitraries.of("HU", "hu", "XX")), "name", text, "contactEmail",
				Arbitraries.oneOf(text, Arbitraries.of("na@example.org", "not-an-address")), "defaultForCountry",
				text.filter((value) -> !"true".equals(value)), "version",
				Arbitraries.oneOf(number, Arbitraries.just("current").map((c) -> agencyVersion())));
		for (int i = 0; i < TRIES; i++) {
			Map<String, String> typed = Hostile.values(agency);
			adminPost("create agency", typed, "/admin/agencies");
		}
		ownAgency();
		Arbitrary<String> code = Arbitraries.oneOf(text, Arbitraries.of(OWN_AGENCY, "ZZ99"));
		for (int i = 0; i < TRIES; i++) {
			Map<String, String> typed = Hostile.values(agency);
			typed.remove("code");
			String path = code.sample();
			adminPost("change agency " + path, typed, "/admin/agencies/{code}", path);
		}

		// refused forms keep what was typed
		Hostile.assertKept("organisation with a bad OID",
				Hostile.post(this.mvc, this.admin,
						Map.of("oid", "bad", "legalName", Hostile.SCRIPT, "country", "HU", "type", "SCHOOL"),
						"/admin/organisations"));
		Hostile.assertKept("agency with a bad code", Hostile.post(this.mvc, this.admin,
				Map.of("code", "bad", "country", "HU", "name", Hostile.SCRIPT), "/admin/agencies"));
		Hostile.assertKept("agency with a bad country",
				Hostile.post(this.mvc, this.admin,
						Map.of("country", "XX", "name", Hostile.SCRIPT, "version", agencyVersion()),
						"/admin/agencies/{code}", OWN_AGENCY));

		// script-like values stored where the forms take free text
		assertThat(Hostile
			.post(this.mvc, this.admin,
					Map.of("oid", oid(organisation), "legalName", Hostile.SCRIPT + Hostile.IMAGE, "country", "HU",
							"type", "SCHOOL", "version", organisationVersion(organisation)),
					"/admin/organisations/{id}", organisation)
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(Hostile
			.post(this.mvc, this.admin,
					Map.of("grantYear", "2020", "grantRound", "1", "grantNote", Hostile.IMAGE + Hostile.SCRIPT),
					"/admin/organisations/{id}/grants", organisation)
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(Hostile
			.post(this.mvc, this.admin,
					Map.of("country", "HU", "name", Hostile.SCRIPT + Hostile.IMAGE, "version", agencyVersion()),
					"/admin/agencies/{code}", OWN_AGENCY)
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(page(this.admin, "/admin/organisations/" + organisation)).contains(Hostile.SCRIPT_AS_TEXT);
		assertThat(page(this.admin, "/admin/organisations?q=" + oid(organisation))).contains(Hostile.SCRIPT_AS_TEXT);
		assertThat(page(this.admin, "/admin/agencies")).contains(Hostile.SCRIPT_AS_TEXT);
		assertThat(page(this.admin, "/admin/agencies/" + OWN_AGENCY)).contains(Hostile.SCRIPT_AS_TEXT);
		page(this.admin, "/admin/users/new");
		page(this.admin, "/admin/calls/2027");
		page(this.admin, "/admin/audit");
		MockHttpSession coordinator = SignIn.as(this.mvc, this.accounts.coordinatorOf(organisation));
		assertThat(page(coordinator, "/coordinator")).contains(Hostile.SCRIPT_AS_TEXT);
		MockHttpSession officer = SignIn.as(this.mvc, this.accounts.user(Role.NA_OFFICER, "HU01"));
		page(officer, "/agency/organisations/" + organisation + "/grants");
	}

	@Test
	void theCallRateTableAndDailyRateFormsNeverFailAndExplainEveryRefusal() {
		int year = RateTableYears.publishedYear(this.jdbc, this.store);
		Arbitrary<String> text = Hostile.text();
		Arbitrary<String> number = Hostile.number();
		Arbitrary<String> path = Hostile.id(year);

		Map<String, Arbitrary<String>> call = new LinkedHashMap<>();
		for (int round : List.of(1, 2)) {
			String prefix = "round" + round + ".";
			call.put(prefix + "deadline", Arbitraries.oneOf(text, Arbitraries.of(year + "-03-05T12:00",
					year + "-02-30T12:00", "99999-01-01T00:00", year + "-03-05")));
			call.put(prefix + "startFrom", Arbitraries.oneOf(text, Arbitraries.of(year + "-06-01", year + "-13-01")));
			call.put(prefix + "startTo", Arbitraries.oneOf(text, Arbitraries.of(year + "-12-31", year + "-05-31")));
			call.put(prefix + "lockVersion",
					Arbitraries.oneOf(number, Arbitraries.just("current").map((c) -> callLock(year, round))));
		}
		call.put("round2", Arbitraries.oneOf(text, Arbitraries.of("HU01", "ZZ99")));
		for (int i = 0; i < TRIES; i++) {
			String y = path.sample();
			adminPost("call " + y, Hostile.values(call), "/admin/calls/{year}", y);
		}

		for (int i = 0; i < Hostile.BUTTON_TRIES; i++) {
			String y = path.sample();
			adminPost("start draft " + y, Map.of(), "/admin/rates/{year}/draft/start", y);
		}
		if (draftLock(year).isEmpty()) {
			assertThat(Hostile.post(this.mvc, this.admin, Map.of(), "/admin/rates/{year}/draft/start", year)
				.getResponse()
				.getStatus()).isEqualTo(302);
		}
		Arbitrary<String> lock = Arbitraries.oneOf(number, Arbitraries.just("current").map((c) -> draftLock(year)));
		// no call year: the refusal is shown on the newest year's page
		adminPost("draft of year 0", Map.of("lockVersion", "0"), "/admin/rates/{year}/draft", "0");
		Map<String, Arbitrary<String>> draft = new LinkedHashMap<>();
		for (String unit : List.of("organisationalSupportBasic", "inclusionSupport", "reducedRateFactor",
				"fullRateDays", "courseShareRatio")) {
			draft.put("units." + unit, number);
		}
		for (String name : List.of("travelBands[0].fromKm", "travelBands[0].toKm", "travelBands[0].green",
				"travelBands[0].standard", "travelBands[999].fromKm", "travelBands[7].standard", "staffRanges[1].min",
				"pupilRanges[3].max", "agencies[HU01].staff[1]", "agencies[HU01].pupil[3]",
				"agencies[ZZ99].staff[1]")) {
			draft.put(name, number);
		}
		draft.put("countryGroups[HU]", Arbitraries.oneOf(number, Arbitraries.of("1", "2", "3", "4")));
		draft.put("countryGroups[ZZ]", number);
		draft.put("agencies[HU01].country", Arbitraries.oneOf(text, Arbitraries.of("HU", "XX")));
		draft.put("agencies[HU01].provisional", text);
		draft.put("agencyRow.HU01", text);
		draft.put("agencyForCountry[HU]", Arbitraries.oneOf(text, Arbitraries.of("HU01", "ZZ99", "ES01")));
		draft.put("lockVersion", lock);
		for (int i = 0; i < TRIES; i++) {
			String y = path.sample();
			adminPost("rate draft " + y, Hostile.values(draft), "/admin/rates/{year}/draft", y);
		}

		String exported = Hostile
			.body(this.mvc.get().uri("/admin/rates/{y}/1.json", year).session(this.admin).exchange());
		Arbitrary<String> json = hostileJson(exported);
		for (int i = 0; i < TRIES; i++) {
			String body = json.sample();
			Map<String, String> values = Hostile.values(Hostile.fields("lockVersion", lock));
			var request = this.mvc.post()
				.multipart()
				.uri(Hostile.uri("/admin/rates/{year}/draft/import", year))
				.session(this.admin)
				.with(csrf());
			if (Arbitraries.integers().between(0, 9).sample() > 0) {
				request = request.file(new MockMultipartFile("file", "rates.json", "application/json",
						body.getBytes(StandardCharsets.UTF_8)));
			}
			for (var value : values.entrySet()) {
				request = request.param(value.getKey(), value.getValue());
			}
			Hostile.assertExplained(this.mvc, this.admin, "import", values + " " + abbreviated(body),
					request.exchange());
		}

		MockHttpSession officer = SignIn.as(this.mvc, this.accounts.user(Role.NA_OFFICER, "HU01"));
		Map<String, Arbitrary<String>> rates = new LinkedHashMap<>();
		for (String kind : List.of("staff", "pupil")) {
			for (int group : List.of(1, 2, 3)) {
				rates.put("agencies[HU01]." + kind + "[" + group + "]",
						Arbitraries.oneOf(number, Arbitraries.integers().between(0, 300).map(String::valueOf)));
			}
		}
		rates.put("agencies[ES01].staff[1]", number);
		rates.put("units.inclusionSupport", number);
		rates.put("lockVersion", lock);
		for (int i = 0; i < TRIES; i++) {
			Map<String, String> values = Hostile.values(rates);
			String y = path.sample();
			Hostile.assertExplained(this.mvc, officer, "daily rates " + y, values,
					Hostile.post(this.mvc, officer, values, "/agency/rates/{year}", y));
		}
		page(officer, "/agency/rates");
		page(this.admin, "/admin/rates/" + year);
		page(this.admin, "/admin/rates/" + year + "/draft");
		page(this.admin, "/admin/calls/" + year);

		// refused forms keep what was typed
		Hostile.assertKept("call with a script for a deadline",
				Hostile.post(this.mvc, this.admin,
						Map.of("round1.deadline", Hostile.SCRIPT, "round1.lockVersion", callLock(year, 1)),
						"/admin/calls/{year}", year));
		Hostile.assertKept("draft with a script for an amount",
				Hostile.post(this.mvc, this.admin,
						Map.of("units.inclusionSupport", Hostile.SCRIPT, "lockVersion", draftLock(year)),
						"/admin/rates/{year}/draft", year));
		Hostile.assertKept("daily rate with a script",
				Hostile.post(this.mvc, officer,
						Map.of("agencies[HU01].staff[1]", Hostile.SCRIPT, "lockVersion", draftLock(year)),
						"/agency/rates/{year}", year));

		// another administrator may publish what this one edited
		MockHttpSession colleague = SignIn.as(this.mvc, this.accounts.user(Role.ADMIN, null));
		Arbitrary<String> publishLock = Arbitraries.oneOf(number,
				Arbitraries.just("current").map((c) -> draftLock(year)));
		for (String action : List.of("publish", "discard")) {
			for (int i = 0; i < Hostile.BUTTON_TRIES; i++) {
				Map<String, String> values = Hostile.values(Hostile.fields("lockVersion", publishLock));
				String y = path.sample();
				Hostile.assertExplained(this.mvc, colleague, action + " " + y, values,
						Hostile.post(this.mvc, colleague, values, "/admin/rates/{year}/" + action, y));
				if (draftLock(year).isEmpty()) {
					// published or discarded: a new draft for the next rounds
					Hostile.post(this.mvc, this.admin, Map.of(), "/admin/rates/{year}/draft/start", year);
				}
			}
		}
		page(this.admin, "/admin/rates/" + year);
	}

	// ---------------------------------------------------------------- helpers

	private void adminPost(String what, Map<String, String> values, String path, Object... variables) {
		Hostile.assertExplained(this.mvc, this.admin, what, values,
				Hostile.post(this.mvc, this.admin, values, path, variables), "data-testid=\"link\"");
	}

	/** The page, which must open and show nothing typed as markup. */
	private String page(MockHttpSession session, String path) {
		MvcTestResult result = this.mvc.get().uri(path).session(session).exchange();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		Hostile.assertEscaped(path, result);
		return Hostile.body(result);
	}

	/**
	 * The exported table with one value replaced by something hostile, or a body that is
	 * no table at all.
	 */
	private static Arbitrary<String> hostileJson(String exported) {
		Pattern value = Pattern.compile(":\\s*(\"[^\"]*\"|-?[0-9.]+|true|false|null)");
		List<int[]> spans = new ArrayList<>();
		Matcher m = value.matcher(exported);
		while (m.find()) {
			spans.add(new int[] { m.start(1), m.end(1) });
		}
		Arbitrary<String> replacement = Arbitraries.oneOf(Hostile.text().map(Hostile::quote), Hostile.number(),
				Arbitraries.of("null", "true", "[]", "{}", "[[[[[[[[[[]]]]]]]]]]", "1e999999", "-1", "\"\""));
		Arbitrary<String> edited = Arbitraries.integers()
			.between(0, spans.size() - 1)
			.flatMap((i) -> replacement
				.map((r) -> exported.substring(0, spans.get(i)[0]) + r + exported.substring(spans.get(i)[1])));
		return Arbitraries.oneOf(edited, edited, edited, Hostile.text(),
				Arbitraries.of("", "{}", "[]", "null", "{\"callYear\": 2027}",
						exported.substring(0, exported.length() / 2),
						exported.replace("{", "{\"extra\": {\"deep\": [1, 2, 3]}, ")));
	}

	private static String abbreviated(String text) {
		return text.length() <= 200 ? text : text.substring(0, 200) + "…";
	}

	private void ownAgency() {
		if (this.jdbc.queryForObject("select count(*) from national_agency where code = ?", Integer.class,
				OWN_AGENCY) == 0) {
			assertThat(Hostile
				.post(this.mvc, this.admin, Map.of("code", OWN_AGENCY, "country", "HU", "name", "Hostile input agency"),
						"/admin/agencies")
				.getResponse()
				.getStatus()).isEqualTo(302);
		}
	}

	private String agencyVersion() {
		var versions = this.jdbc.queryForList("select version from national_agency where code = ?", Long.class,
				OWN_AGENCY);
		return versions.isEmpty() ? "0" : String.valueOf(versions.get(0));
	}

	private String draftLock(int year) {
		var locks = this.jdbc.queryForList(
				"select lock_version from rate_table where call_year = ? and status = 'DRAFT'", Long.class, year);
		return locks.isEmpty() ? "" : String.valueOf(locks.get(0));
	}

	private String callLock(int year, int round) {
		var locks = this.jdbc.queryForList("select lock_version from call_round where call_year = ? and round = ?",
				Long.class, year, round);
		return locks.isEmpty() ? "0" : String.valueOf(locks.get(0));
	}

	private String organisationVersion(long id) {
		return String
			.valueOf(this.jdbc.queryForObject("select version from organisation where id = ?", Long.class, id));
	}

	private String userVersion(long id) {
		return String.valueOf(this.jdbc.queryForObject("select version from app_user where id = ?", Long.class, id));
	}

	private String oid(long organisation) {
		return this.jdbc.queryForObject("select oid from organisation where id = ?", String.class, organisation);
	}

	private long userId(String username) {
		return this.jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
	}

}
