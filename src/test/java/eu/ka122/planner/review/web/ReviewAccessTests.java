package eu.ka122.planner.review.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.SignIn;
import eu.ka122.planner.support.Submitter;
import eu.ka122.planner.support.Submitter.Submitted;
import eu.ka122.planner.support.TestAccounts;
import eu.ka122.planner.support.TestClockConfiguration.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every endpoint of the review module for every kind of outsider: an officer of another
 * agency, an assessor not assigned (or not yet declared), a coordinator, another
 * coordinator, an administrator and an anonymous visitor. Records of another agency are
 * not found (404), officer-only pages are forbidden (403) to assessors and everyone else,
 * and a refused request changes nothing. Austria's agency (AT01) is used by no other
 * test.
 */
@IntegrationTest
class ReviewAccessTests {

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

	Submitted application;

	long assignment;

	Map<String, MockHttpSession> sessions = new LinkedHashMap<>();

	@BeforeEach
	void setUp() {
		this.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
		this.application = this.submitter.submit("AT");
		String officer = this.accounts.user(Role.NA_OFFICER, "AT01");
		String assigned = this.accounts.user(Role.ASSESSOR, "AT01");
		this.sessions.put("officer", SignIn.as(this.mvc, officer));
		this.sessions.put("otherAgencyOfficer", SignIn.as(this.mvc, this.accounts.user(Role.NA_OFFICER, "FI01")));
		this.sessions.put("unassignedAssessor", SignIn.as(this.mvc, this.accounts.user(Role.ASSESSOR, "AT01")));
		this.sessions.put("undeclaredAssessor", SignIn.as(this.mvc, assigned));
		this.sessions.put("owner", SignIn.as(this.mvc, this.application.coordinator()));
		this.sessions.put("otherCoordinator", SignIn.as(this.mvc, this.accounts.user(Role.COORDINATOR, "AT")));
		this.sessions.put("admin", SignIn.as(this.mvc, this.accounts.user(Role.ADMIN, null)));
		this.assignment = assign(this.application.id(), assigned, officer);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void everyPageOfAnApplicationIsClosedToOutsiders() throws Exception {
		long id = this.application.id();
		long organisation = this.application.organisationId();
		List<String> recordPages = List.of("/agency/applications/" + id,
				"/agency/applications/" + id + "/submission.pdf", "/agency/applications/" + id + "/decision",
				"/agency/organisations/" + organisation + "/grants");
		for (String page : recordPages) {
			expect("GET " + page, get("officer", page), 200);
			expect("GET " + page, get("otherAgencyOfficer", page), 404);
			expect("GET " + page, get("owner", page), 403);
			expect("GET " + page, get("admin", page), 403);
			expectLogin(page);
		}
		// assessors: the application only once assigned and declared; officer pages never
		for (String who : List.of("unassignedAssessor", "undeclaredAssessor")) {
			expect(who, get(who, "/agency/applications/" + id), 404);
			expect(who, get(who, "/agency/applications/" + id + "/submission.pdf"), 404);
			expect(who, get(who, "/agency/applications/" + id + "/decision"), 403);
			expect(who, get(who, "/agency/organisations/" + organisation + "/grants"), 403);
		}
	}

	@Test
	void listsShowOnlyTheAgencysOwnApplicationsAndOnlyToItsOfficers() throws Exception {
		for (String page : List.of("/agency/submissions", "/agency/submissions.csv", "/agency/submissions.xlsx",
				"/agency/ranking", "/agency/grants")) {
			expect(page, get("officer", page), 200);
			expect(page, get("otherAgencyOfficer", page), 200);
			expect(page, get("unassignedAssessor", page), 403);
			expect(page, get("owner", page), 403);
			expect(page, get("admin", page), 403);
			expectLogin(page);
		}
		assertThat(get("officer", "/agency/submissions").getResponse().getContentAsString())
			.contains(this.application.reference());
		assertThat(get("otherAgencyOfficer", "/agency/submissions").getResponse().getContentAsString())
			.doesNotContain(this.application.reference());
		assertThat(get("otherAgencyOfficer", "/agency/submissions.csv").getResponse().getContentAsString())
			.doesNotContain(this.application.reference());
		assertThat(get("otherAgencyOfficer", "/agency/ranking?call=2027-1").getResponse().getContentAsString())
			.doesNotContain(this.application.reference());
		assertThat(get("otherAgencyOfficer", "/agency/grants?oid=" + oid()).getResponse().getContentAsString())
			.contains("No organisation of your country has the OID");
	}

	@Test
	void anAssignmentIsItsAssessorsAlone() throws Exception {
		String page = "/agency/assignments/" + this.assignment;
		expect(page, get("undeclaredAssessor", page), 200);
		for (String who : List.of("officer", "otherAgencyOfficer", "unassignedAssessor")) {
			expect(who + " " + page, get(who, page), 404);
			expect(who + " declaration", post(who, page + "/declaration", "conflict", "no"), 404);
			expect(who + " assessment", post(who, page + "/assessment", "relevance", "10"), 404);
		}
		expect("owner", get("owner", page), 403);
		expectLogin(page);
		assertThat(get("unassignedAssessor", "/agency/assignments").getResponse().getContentAsString())
			.doesNotContain(this.application.reference());
		assertThat(this.jdbc.queryForObject("select conflict from review_assignment where id = ?", String.class,
				this.assignment))
			.isEqualTo("UNDECLARED");
	}

	@Test
	void changesToAnotherAgencysApplicationAreRefusedAndChangeNothing() throws Exception {
		long id = this.application.id();
		String assessor = String.valueOf(this.jdbc.queryForObject(
				"select id from app_user where agency_code = 'FI01' and role = 'NA_OFFICER' limit 1", Long.class));
		Map<String, String[]> posts = new LinkedHashMap<>();
		posts.put("/agency/applications/" + id + "/assessors", new String[] { "assessor", assessor });
		posts.put("/agency/applications/" + id + "/assessors/" + this.assignment + "/remove", new String[0]);
		posts.put("/agency/applications/" + id + "/decision",
				new String[] { "outcome", "REJECTED", "reason", "Not ours to decide" });
		posts.put("/agency/organisations/" + this.application.organisationId() + "/grants",
				new String[] { "callYear", "2024", "round", "1" });
		for (var entry : posts.entrySet()) {
			expect("other agency " + entry.getKey(), post("otherAgencyOfficer", entry.getKey(), entry.getValue()), 404);
			expect("assessor " + entry.getKey(), post("unassignedAssessor", entry.getKey(), entry.getValue()), 403);
			expect("coordinator " + entry.getKey(), post("owner", entry.getKey(), entry.getValue()), 403);
		}
		expect("assessor budget", post("unassignedAssessor", "/agency/ranking/budget", "call", "2027-1", "budget", "1"),
				403);
		// refused before the values are read: no one chosen, no budget, no call
		expect("other agency, no one chosen", post("otherAgencyOfficer", "/agency/applications/" + id + "/assessors"),
				404);
		expect("assessor, no one chosen", post("unassignedAssessor", "/agency/applications/" + id + "/assessors"), 403);
		expect("assessor, no budget", post("unassignedAssessor", "/agency/ranking/budget", "call", "2027-1"), 403);
		expect("assessor, no call", post("unassignedAssessor", "/agency/ranking/budget", "call", "next year"), 403);
		// the agency's own officer is told to choose
		assertThat(post("officer", "/agency/applications/" + id + "/assessors")).hasStatus3xxRedirection()
			.flash()
			.containsEntry("refusedKey", "review.error.chooseAssessor");
		assertThat(this.jdbc.queryForObject("select count(*) from review_decision where application_id = ?",
				Integer.class, id))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from review_assignment where application_id = ?",
				Integer.class, id))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from organisation_grant where organisation_id = ?",
				Integer.class, this.application.organisationId()))
			.isZero();
	}

	@Test
	void theOutcomePageIsTheOwningCoordinatorsOnly() throws Exception {
		String page = "/coordinator/applications/" + this.application.id() + "/outcome";
		expect(page, get("owner", page), 200);
		expect(page, get("otherCoordinator", page), 404);
		expect(page, get("officer", page), 403);
		expectLogin(page);
	}

	private void expect(String what, MvcTestResult result, int status) {
		assertThat(result).as(what).hasStatus(status);
	}

	private void expectLogin(String page) {
		assertThat(this.mvc.get().uri(page)).as("anonymous " + page).hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri(page).exchange().getResponse().getRedirectedUrl()).contains("/login");
	}

	private MvcTestResult get(String who, String page) {
		return this.mvc.get().uri(page).session(this.sessions.get(who)).exchange();
	}

	private MvcTestResult post(String who, String page, String... params) {
		var request = this.mvc.post().uri(page).session(this.sessions.get(who)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	private String oid() {
		return this.jdbc.queryForObject("select oid from organisation where id = ?", String.class,
				this.application.organisationId());
	}

	private long assign(long applicationId, String assessor, String officer) {
		MockHttpSession session = this.sessions.get("officer");
		long assessorId = this.jdbc.queryForObject("select id from app_user where username = ?", Long.class, assessor);
		assertThat(this.mvc.post()
			.uri("/agency/applications/" + applicationId + "/assessors")
			.session(session)
			.with(csrf())
			.param("assessor", String.valueOf(assessorId))).hasStatus3xxRedirection();
		return this.jdbc.queryForObject("select id from review_assignment where application_id = ? and assessor_id = ?",
				Long.class, applicationId, assessorId);
	}

}
