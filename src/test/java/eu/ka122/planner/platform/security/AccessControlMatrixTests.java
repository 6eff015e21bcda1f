package eu.ka122.planner.platform.security;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.budget.RateTableYears;
import eu.ka122.planner.budget.persistence.RateTableStore;
import eu.ka122.planner.support.ApplicationForms;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.SignIn;
import eu.ka122.planner.support.Submitter;
import eu.ka122.planner.support.Submitter.Submitted;
import eu.ka122.planner.support.TestAccounts;
import eu.ka122.planner.support.TestClockConfiguration.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every route of the app, read from Spring MVC's handler mappings, against every kind of
 * stranger: who gets the login page, who is refused (403 or 404) and who gets through,
 * for GET and for POST with a valid CSRF token. Ids in paths are real ids of a third
 * party's records: the owner's draft application and activity, the owner's submitted
 * application of agency ES01 with an assessment assigned to someone else, and records of
 * this test's own for the administrators' changes. A route missing from {@link #ROUTES}
 * fails {@link #everyRouteOfTheAppHasAnExpectation()} with the line to add; a row for a
 * route that is gone fails too.
 */
@IntegrationTest
class AccessControlMatrixTests {

	/** Who asks. Add a persona here and a column to each {@link Access}. */
	enum Persona {

		/** Not signed in. */
		ANONYMOUS,
		/** The coordinator of the organisation that owns the records (GET only). */
		OWNER,
		/** A coordinator of another organisation of the same country. */
		OTHER_COORDINATOR,
		/** An officer of another National Agency (IT02; the records are ES01's). */
		OTHER_OFFICER,
		/** An assessor of the records' agency who is assigned nothing. */
		UNASSIGNED_ASSESSOR,
		/** An administrator. */
		ADMIN

	}

	/** What a request must end in. */
	enum Outcome {

		/** Redirect to the login page (401 on the stateless API). */
		LOGIN,
		/** 403 or 404: nothing of the record shows. */
		DENIED,
		/**
		 * 404: another agency's or organisation's record does not exist for them (a 403
		 * would tell that it does).
		 */
		NOT_FOUND,
		/** Through: neither login, 401, 403, 404 nor a server error. */
		ALLOWED

	}

	/** The expected outcome per persona. */
	record Access(String name, Map<Persona, Outcome> outcomes) {

		static Access of(String name, Outcome anonymous, Outcome owner, Outcome otherCoordinator, Outcome otherOfficer,
				Outcome unassignedAssessor, Outcome admin) {
			Map<Persona, Outcome> outcomes = new EnumMap<>(Persona.class);
			outcomes.put(Persona.ANONYMOUS, anonymous);
			outcomes.put(Persona.OWNER, owner);
			outcomes.put(Persona.OTHER_COORDINATOR, otherCoordinator);
			outcomes.put(Persona.OTHER_OFFICER, otherOfficer);
			outcomes.put(Persona.UNASSIGNED_ASSESSOR, unassignedAssessor);
			outcomes.put(Persona.ADMIN, admin);
			return new Access(name, outcomes);
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

	static final Outcome LOGIN = Outcome.LOGIN;

	static final Outcome DENIED = Outcome.DENIED;

	static final Outcome ALLOWED = Outcome.ALLOWED;

	static final Outcome NOT_FOUND = Outcome.NOT_FOUND;

	// anonymous, owner, other coordinator, other officer, unassigned assessor, admin
	static final Access PUBLIC = Access.of("public", ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED);

	static final Access SIGNED_IN = Access.of("signed-in", LOGIN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED);

	/** A coordinator's own dashboard and new applications for their own organisation. */
	static final Access ANY_COORDINATOR = Access.of("any coordinator", LOGIN, ALLOWED, ALLOWED, DENIED, DENIED, DENIED);

	/** The owner organisation's coordinators only. */
	static final Access OWN_APPLICATION = Access.of("own application", LOGIN, ALLOWED, DENIED, DENIED, DENIED, DENIED);

	static final Access AGENCY_STAFF = Access.of("agency staff", LOGIN, DENIED, DENIED, ALLOWED, ALLOWED, DENIED);

	static final Access ADMIN_ONLY = Access.of("administrators", LOGIN, DENIED, DENIED, DENIED, DENIED, ALLOWED);

	/**
	 * Officers of any agency, each seeing their own agency's data only; not assessors.
	 */
	static final Access AGENCY_OFFICER = Access.of("agency officers", LOGIN, DENIED, DENIED, ALLOWED, DENIED, DENIED);

	/**
	 * A submitted application of the agency for its officers and its assigned, declared
	 * assessors: another agency's officer and an unassigned assessor find nothing.
	 */
	static final Access OWN_AGENCY_REVIEW = Access.of("own agency's review", LOGIN, DENIED, DENIED, NOT_FOUND,
			NOT_FOUND, DENIED);

	/**
	 * The agency's officers' pages of one record (decision, assessors, an organisation's
	 * grants): another agency's officer finds nothing, assessors are refused.
	 */
	static final Access OWN_AGENCY_OFFICER = Access.of("own agency's officers", LOGIN, DENIED, DENIED, NOT_FOUND,
			DENIED, DENIED);

	/** An assessment assigned to someone else: no other officer or assessor finds it. */
	static final Access OWN_ASSIGNMENT = Access.of("own assignment", LOGIN, DENIED, DENIED, NOT_FOUND, NOT_FOUND,
			DENIED);

	/** The decision on a submitted application, for its organisation's coordinators. */
	static final Access OWN_OUTCOME = Access.of("own outcome", LOGIN, ALLOWED, NOT_FOUND, DENIED, DENIED, DENIED);

	/**
	 * Every route, as "METHOD pattern" ("ANY" for a mapping without a method), and who
	 * may use it. A new route gets its row here, and a new path variable a value in
	 * {@link #ids()} (see {@link #ID_BY_PREFIX} for {@code {id}}).
	 */
	static final Map<String, Access> ROUTES = routes(
	// @formatter:off
			"GET /", PUBLIC,
			"GET /home", SIGNED_IN,
			"GET /login", PUBLIC,
			"GET /guide", PUBLIC,
			"GET /calculator", PUBLIC,
			"GET /rules", PUBLIC,
			"GET /rates", PUBLIC,
			"GET /geo/cities", PUBLIC,
			"GET /api/v1/cities", PUBLIC,
			"POST /api/v1/estimates", PUBLIC,
			"ANY /api/v1/estimates", PUBLIC,
			"GET /v3/api-docs", PUBLIC,
			"GET /v3/api-docs.yaml", PUBLIC,
			"GET /v3/api-docs/swagger-config", PUBLIC,
			"GET /swagger-ui.html", PUBLIC,
			"GET /agency", AGENCY_STAFF,
			"GET /admin", ADMIN_ONLY,
			"GET /coordinator", ANY_COORDINATOR,
			"POST /coordinator/applications", ANY_COORDINATOR,
			"GET /coordinator/applications/{id}", OWN_APPLICATION,
			"GET /coordinator/applications/{id}/context", OWN_APPLICATION,
			"POST /coordinator/applications/{id}/context", OWN_APPLICATION,
			"GET /coordinator/applications/{id}/description", OWN_APPLICATION,
			"POST /coordinator/applications/{id}/description", OWN_APPLICATION,
			"GET /coordinator/applications/{id}/follow-up", OWN_APPLICATION,
			"POST /coordinator/applications/{id}/follow-up", OWN_APPLICATION,
			"GET /coordinator/applications/{id}/activities", OWN_APPLICATION,
			"POST /coordinator/applications/{id}/activities", OWN_APPLICATION,
			"GET /coordinator/applications/{id}/activities/new", OWN_APPLICATION,
			"GET /coordinator/applications/{id}/activities/{activityId}", OWN_APPLICATION,
			"POST /coordinator/applications/{id}/activities/{activityId}", OWN_APPLICATION,
			"POST /coordinator/applications/{id}/activities/preview", OWN_APPLICATION,
			"POST /coordinator/applications/{id}/activities/{activityId}/preview", OWN_APPLICATION,
			"POST /coordinator/applications/{id}/activities/{activityId}/duplicate", OWN_APPLICATION,
			"POST /coordinator/applications/{id}/activities/{activityId}/delete", OWN_APPLICATION,
			"GET /coordinator/applications/{id}/budget", OWN_APPLICATION,
			"GET /coordinator/applications/{id}/organisation", OWN_APPLICATION,
			"GET /coordinator/applications/{id}/check", OWN_APPLICATION,
			"POST /coordinator/applications/{id}/submit", OWN_APPLICATION,
			"GET /coordinator/applications/{id}/submitted", OWN_APPLICATION,
			"GET /coordinator/applications/{id}/submission.json", OWN_APPLICATION,
			"GET /coordinator/applications/{id}/submission.pdf", OWN_APPLICATION,
			"POST /coordinator/applications/{id}/withdraw", OWN_APPLICATION,
			"GET /coordinator/applications/{id}/outcome", OWN_OUTCOME,
			// reviews (#5): {id} is the owner's submitted application (ES01)
			"GET /agency/submissions", AGENCY_OFFICER,
			"GET /agency/submissions.csv", AGENCY_OFFICER,
			"GET /agency/submissions.xlsx", AGENCY_OFFICER,
			"GET /agency/applications/{id}", OWN_AGENCY_REVIEW,
			"GET /agency/applications/{id}/submission.pdf", OWN_AGENCY_REVIEW,
			"POST /agency/applications/{id}/assessors", OWN_AGENCY_OFFICER,
			"POST /agency/applications/{id}/assessors/{assignmentId}/remove", OWN_AGENCY_OFFICER,
			"GET /agency/applications/{id}/decision", OWN_AGENCY_OFFICER,
			"POST /agency/applications/{id}/decision", OWN_AGENCY_OFFICER,
			"GET /agency/assignments", AGENCY_STAFF,
			"GET /agency/assignments/{id}", OWN_ASSIGNMENT,
			"POST /agency/assignments/{id}/declaration", OWN_ASSIGNMENT,
			"POST /agency/assignments/{id}/assessment", OWN_ASSIGNMENT,
			"GET /agency/ranking", AGENCY_OFFICER,
			"POST /agency/ranking/budget", AGENCY_OFFICER,
			"GET /agency/grants", AGENCY_OFFICER,
			"GET /agency/organisations/{organisationId}/grants", OWN_AGENCY_OFFICER,
			"POST /agency/organisations/{organisationId}/grants", OWN_AGENCY_OFFICER,
			// administration (#6): {year} is a call year of this test's own
			"GET /agency/rates", AGENCY_OFFICER,
			"POST /agency/rates/{year}", AGENCY_OFFICER,
			"GET /account/password", PUBLIC,
			"POST /account/password", PUBLIC,
			"GET /admin/rates", ADMIN_ONLY,
			"GET /admin/rates/{year}", ADMIN_ONLY,
			"GET /admin/rates/{year}/preview", ADMIN_ONLY,
			"GET /admin/rates/{year}/recomputation", ADMIN_ONLY,
			"GET /admin/rates/{year}/draft", ADMIN_ONLY,
			"POST /admin/rates/{year}/draft", ADMIN_ONLY,
			"POST /admin/rates/{year}/draft/start", ADMIN_ONLY,
			"POST /admin/rates/{year}/draft/import", ADMIN_ONLY,
			"POST /admin/rates/{year}/publish", ADMIN_ONLY,
			"POST /admin/rates/{year}/discard", ADMIN_ONLY,
			"GET /admin/rates/{year}/diff", ADMIN_ONLY,
			"GET /admin/rates/{year}/{version}.json", ADMIN_ONLY,
			"POST /admin/rates/next-year", ADMIN_ONLY,
			"GET /admin/calls", ADMIN_ONLY,
			"GET /admin/calls/new", ADMIN_ONLY,
			"GET /admin/calls/{year}", ADMIN_ONLY,
			"POST /admin/calls/{year}", ADMIN_ONLY,
			"GET /admin/audit", ADMIN_ONLY,
			"GET /admin/users", ADMIN_ONLY,
			"POST /admin/users", ADMIN_ONLY,
			"GET /admin/users/new", ADMIN_ONLY,
			"GET /admin/users/{id}", ADMIN_ONLY,
			"POST /admin/users/{id}", ADMIN_ONLY,
			"POST /admin/users/{id}/disable", ADMIN_ONLY,
			"POST /admin/users/{id}/enable", ADMIN_ONLY,
			"POST /admin/users/{id}/reset-password", ADMIN_ONLY,
			"GET /admin/organisations", ADMIN_ONLY,
			"POST /admin/organisations", ADMIN_ONLY,
			"GET /admin/organisations/new", ADMIN_ONLY,
			"GET /admin/organisations/{id}", ADMIN_ONLY,
			"POST /admin/organisations/{id}", ADMIN_ONLY,
			"POST /admin/organisations/{id}/grants", ADMIN_ONLY,
			"POST /admin/organisations/{id}/merge", ADMIN_ONLY,
			"GET /admin/agencies", ADMIN_ONLY,
			"POST /admin/agencies", ADMIN_ONLY,
			"GET /admin/agencies/{code}", ADMIN_ONLY,
			"POST /admin/agencies/{code}", ADMIN_ONLY);
	// @formatter:on

	/**
	 * Mappings that are not routes of the app: the servlet container's error dispatch
	 * ({@code /error} is only ever reached by forwarding a failed request).
	 */
	static final Set<String> NOT_ROUTES = Set.of("ANY /error");

	/**
	 * The owner's submitted-only routes answer a draft with a redirect or 404; the matrix
	 * checks access, so the owner's column there only needs "not refused to the owner":
	 * these accept 404 as well for the owner.
	 */
	static final Set<String> OWNER_MAY_FIND_NOTHING = Set.of("GET /coordinator/applications/{id}/submission.json",
			"GET /coordinator/applications/{id}/submission.pdf");

	/**
	 * What {@code {id}} stands for, by the start of the route (the first that matches);
	 * elsewhere it is the owner's draft application.
	 */
	static final Map<String, String> ID_BY_PREFIX = routes2("/coordinator/applications/{id}/outcome", "submittedId",
			"/agency/applications/", "submittedId", "/agency/assignments/", "assignmentId", "/admin/users/",
			"someUserId", "/admin/organisations/", "someOrganisationId");

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

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

	@Autowired
	ApplicationForms forms;

	@Autowired
	RateTableStore rateTables;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void everyRouteOfTheAppHasAnExpectation() {
		Set<String> routes = appRoutes();
		Set<String> unlisted = new TreeSet<>(routes);
		unlisted.removeAll(ROUTES.keySet());
		unlisted.removeAll(NOT_ROUTES);
		assertThat(unlisted)
			.as("routes without a row in AccessControlMatrixTests.ROUTES: add each with who may use it, e.g. "
					+ "\"GET /review/applications/{id}\", OWN_AGENCY")
			.isEmpty();
		Set<String> stale = new TreeSet<>(ROUTES.keySet());
		stale.removeAll(routes);
		assertThat(stale).as("rows of AccessControlMatrixTests.ROUTES for routes that no longer exist").isEmpty();
	}

	@TestFactory
	Stream<DynamicTest> everyPersonaGetsTheExpectedOutcomeOnEveryRoute() {
		this.clock.set(java.time.Instant.parse("2026-11-25T10:00:00Z"));
		Map<String, String> ids = ids();
		Map<Persona, MockHttpSession> sessions = sessions();
		List<DynamicTest> tests = new ArrayList<>();
		for (String route : new TreeSet<>(appRoutes())) {
			if (NOT_ROUTES.contains(route)) {
				continue;
			}
			Access access = ROUTES.get(route);
			assertThat(access).as("expectation for %s", route).isNotNull();
			String method = route.substring(0, route.indexOf(' '));
			String path = fill(route.substring(route.indexOf(' ') + 1), ids);
			List<String> methods = method.equals("ANY") ? List.of("GET", "POST") : List.of(method);
			for (String verb : methods) {
				for (Persona persona : Persona.values()) {
					if (persona == Persona.OWNER && verb.equals("POST")) {
						// the owner's POSTs change the records the others are tried on
						continue;
					}
					Outcome expected = access.outcomes().get(persona);
					tests.add(DynamicTest.dynamicTest(verb + " " + path + " as " + persona + " is " + expected,
							() -> check(route, verb, path, persona, sessions.get(persona), expected)));
				}
			}
		}
		return tests.stream();
	}

	private void check(String route, String verb, String path, Persona persona, MockHttpSession session,
			Outcome expected) {
		var request = verb.equals("GET") ? this.mvc.get().uri(path) : this.mvc.post().uri(path).with(csrf());
		if (session != null) {
			request = request.session(session);
		}
		if (verb.equals("POST")) {
			request = request.param("version", "0")
				.param("call", "2027-1")
				.param("legalRepresentative", "Mallory")
				.param("declarationAccepted", "true")
				.param("title", "Changed by " + persona);
		}
		MvcTestResult result = request.exchange();
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		boolean toLogin = status == 302 && location != null && location.endsWith("/login");
		String seen = status + ((location != null) ? " -> " + location : "");
		assertThat(status).as("%s %s as %s: no server error (%s)", verb, path, persona, seen).isLessThan(500);
		switch (expected) {
			case LOGIN -> assertThat(toLogin || (path.startsWith("/api/") && status == 401))
				.as("%s %s as %s must ask to sign in, was %s", verb, path, persona, seen)
				.isTrue();
			case DENIED ->
				assertThat(status).as("%s %s as %s must be refused, was %s", verb, path, persona, seen).isIn(403, 404);
			case NOT_FOUND -> assertThat(status).as("%s %s as %s must find nothing, was %s", verb, path, persona, seen)
				.isEqualTo(404);
			case ALLOWED -> {
				assertThat(toLogin).as("%s %s as %s must not ask to sign in", verb, path, persona).isFalse();
				if (persona == Persona.OWNER && OWNER_MAY_FIND_NOTHING.contains(route)) {
					assertThat(status).as("%s %s as %s, was %s", verb, path, persona, seen).isNotIn(401, 403);
				}
				else {
					assertThat(status).as("%s %s as %s must get through, was %s", verb, path, persona, seen)
						.isNotIn(401, 403, 404);
				}
			}
		}
	}

	/**
	 * "METHOD pattern" of every handler method of the app (and of the libraries it uses).
	 */
	private Set<String> appRoutes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					routes.add("ANY " + pattern);
				}
				for (RequestMethod method : methods) {
					routes.add(method.name() + " " + pattern);
				}
			}
		}
		return routes;
	}

	/**
	 * Real ids of a third party's records, by path variable name. A new route with a new
	 * variable needs its id here.
	 */
	private Map<String, String> ids() {
		String owner = this.accounts.user(Role.COORDINATOR, "ES");
		MockHttpSession session = SignIn.as(this.mvc, owner);
		long application = this.forms.create(session);
		assertThat(this.mvc.post()
			.uri("/coordinator/applications/" + application + "/activities")
			.session(session)
			.with(csrf())
			.param("version", "0")
			.param("activity.type", "JOB_SHADOWING")
			.param("activity.destinationCountry", "IT")
			.param("activity.participants", "2")
			.param("activity.durationDays", "10")
			.param("activity.travelDays", "2")
			.param("activity.distanceKm", "1365")).hasStatus3xxRedirection();
		Long activity = this.jdbc.queryForObject("select id from application_activity where application_id = ?",
				Long.class, application);
		Map<String, String> ids = new LinkedHashMap<>();
		ids.put("id", String.valueOf(application));
		ids.put("activityId", String.valueOf(activity));
		ids.put("organisationId", String.valueOf(this.jdbc
			.queryForObject("select organisation_id from app_user where username = ?", Long.class, owner)));
		// a submitted application of the owner (ES01) with an assessor assigned by an
		// ES01
		// officer who is none of the personas
		Submitted submitted = this.submitter.submitAs(owner, Submitter.job(3, 10));
		ids.put("submittedId", String.valueOf(submitted.id()));
		MockHttpSession officer = SignIn.as(this.mvc, this.accounts.user(Role.NA_OFFICER, "ES01"));
		long assessor = userId(this.accounts.user(Role.ASSESSOR, "ES01"));
		assertThat(this.mvc.post()
			.uri("/agency/applications/" + submitted.id() + "/assessors")
			.session(officer)
			.with(csrf())
			.param("assessor", String.valueOf(assessor))).hasStatus3xxRedirection();
		ids.put("assignmentId",
				String.valueOf(this.jdbc.queryForObject(
						"select id from review_assignment where application_id = ? and assessor_id = ?", Long.class,
						submitted.id(), assessor)));
		// administration: records nobody else uses, as the administrator's requests may
		// change them
		int year = RateTableYears.publishedYear(this.jdbc, this.rateTables);
		ids.put("year", String.valueOf(year));
		ids.put("version", "1");
		ids.put("code", "ES01");
		ids.put("someUserId", String.valueOf(userId(this.accounts.user(Role.COORDINATOR, "ES"))));
		ids.put("someOrganisationId", String.valueOf(this.accounts.organisation("ES")));
		this.owner = session;
		return ids;
	}

	private long userId(String username) {
		return this.jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
	}

	private MockHttpSession owner;

	private Map<Persona, MockHttpSession> sessions() {
		Map<Persona, MockHttpSession> sessions = new EnumMap<>(Persona.class);
		sessions.put(Persona.OWNER, this.owner);
		sessions.put(Persona.OTHER_COORDINATOR, SignIn.as(this.mvc, this.accounts.user(Role.COORDINATOR, "ES")));
		sessions.put(Persona.OTHER_OFFICER, SignIn.as(this.mvc, this.accounts.user(Role.NA_OFFICER, "IT02")));
		sessions.put(Persona.UNASSIGNED_ASSESSOR, SignIn.as(this.mvc, this.accounts.user(Role.ASSESSOR, "ES01")));
		sessions.put(Persona.ADMIN, SignIn.as(this.mvc, this.accounts.user(Role.ADMIN, null)));
		return sessions;
	}

	private static String fill(String pattern, Map<String, String> ids) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			if (name.equals("id")) {
				name = ID_BY_PREFIX.entrySet()
					.stream()
					.filter((e) -> pattern.startsWith(e.getKey()))
					.map(Map.Entry::getValue)
					.findFirst()
					.orElse(name);
			}
			String id = ids.get(name);
			assertThat(id)
				.as("a real id for {%s} in %s: add one to AccessControlMatrixTests.ids()", matcher.group(1), pattern)
				.isNotNull();
			matcher.appendReplacement(path, id);
		}
		matcher.appendTail(path);
		return path.toString();
	}

	private static Map<String, String> routes2(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

	private static Map<String, Access> routes(Object... rows) {
		Map<String, Access> routes = new LinkedHashMap<>();
		for (int i = 0; i < rows.length; i += 2) {
			routes.put((String) rows[i], (Access) rows[i + 1]);
		}
		return routes;
	}

}
