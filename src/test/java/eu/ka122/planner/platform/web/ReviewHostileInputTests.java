package eu.ka122.planner.platform.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.SignIn;
import eu.ka122.planner.support.Submitter;
import eu.ka122.planner.support.Submitter.Submitted;
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
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated hostile input posted to the National Agency's review forms (assessors,
 * declaration, score sheet, decision, ranking budget, grant history) and sent as the
 * submissions list's and the ranking's query: never a server error, every rejection
 * explained, and stored comments, reasons and notes come back escaped on every page that
 * shows them. Hungary's agency (HU01) is used by no other test.
 */
@IntegrationTest
class ReviewHostileInputTests {

	static final int TRIES = 25;

	static final String AGENCY = "HU01";

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

	String officer;

	MockHttpSession officerSession;

	long officerId;

	String expert;

	long expertId;

	long colleagueId;

	@BeforeEach
	void submitAnApplication() {
		this.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
		this.application = this.submitter.submit("HU", Submitter.job(3, 10), Submitter.job(2, 20));
		this.officer = this.accounts.user(Role.NA_OFFICER, AGENCY);
		this.officerSession = SignIn.as(this.mvc, this.officer);
		this.officerId = userId(this.officer);
		this.expert = this.accounts.user(Role.ASSESSOR, AGENCY);
		this.expertId = userId(this.expert);
		this.colleagueId = userId(this.accounts.user(Role.ASSESSOR, AGENCY));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theAssessorFormsNeverFailAndExplainEveryRefusal() {
		Arbitrary<String> application = Hostile.id(this.application.id());
		Map<String, Arbitrary<String>> assign = Hostile.fields("assessor",
				Hostile.id(this.expertId, this.colleagueId, this.officerId));
		for (int i = 0; i < TRIES; i++) {
			Map<String, String> values = Hostile.values(assign);
			String id = application.sample();
			officerPost("assign " + id, values, "/agency/applications/{id}/assessors", id);
		}
		Arbitrary<String> assignment = Arbitraries
			.oneOf(Arbitraries.just("own").map((own) -> String.valueOf(anAssignment())), Hostile.id());
		for (int i = 0; i < Hostile.BUTTON_TRIES; i++) {
			String id = application.sample();
			String row = assignment.sample();
			officerPost("remove " + id + " " + row, Map.of(), "/agency/applications/{id}/assessors/{row}/remove", id,
					row);
		}
		page(this.officerSession, "/agency/applications/" + this.application.id());
	}

	@Test
	void theDeclarationAndTheScoreSheetNeverFailAndKeepWhatWasTyped() {
		assign(this.expertId);
		long assignment = assignmentOf(this.expertId);
		MockHttpSession expertSession = SignIn.as(this.mvc, this.expert);
		Arbitrary<String> id = Hostile.id(assignment);
		Map<String, Arbitrary<String>> declaration = Hostile.fields("conflict",
				Arbitraries.oneOf(Hostile.text(), Arbitraries.of("NO", "Yes", "y", "true", "0", "no ", " yes"))
					.filter((value) -> !"yes".equals(value)));
		for (int i = 0; i < TRIES; i++) {
			Map<String, String> values = Hostile.values(declaration);
			String path = id.sample();
			Hostile.assertExplained(this.mvc, expertSession, "declaration " + path, values,
					Hostile.post(this.mvc, expertSession, values, "/agency/assignments/{id}/declaration", path));
		}
		Hostile.post(this.mvc, expertSession, Map.of("conflict", "no"), "/agency/assignments/{id}/declaration",
				assignment);

		Arbitrary<String> points = Arbitraries.oneOf(Hostile.number(),
				Arbitraries.integers().between(-1, 51).map(String::valueOf));
		Arbitrary<String> text = Hostile.text();
		Arbitrary<String> version = Arbitraries.oneOf(Hostile.number(),
				Arbitraries.just("current").map((current) -> sheetVersion(assignment)));
		Map<String, Arbitrary<String>> sheet = Hostile.fields("version", version, "relevance", points, "projectDesign",
				points, "followUp", points, "relevanceComment", text, "projectDesignComment", text, "followUpComment",
				text, "unknownCriterion", points);
		for (int i = 0; i < TRIES; i++) {
			Map<String, String> values = Hostile.values(sheet);
			String path = id.sample();
			MvcTestResult result = Hostile.post(this.mvc, expertSession, values, "/agency/assignments/{id}/assessment",
					path);
			Hostile.assertExplained(this.mvc, expertSession, "score sheet " + path, values, result);
			if (result.getResponse().getStatus() == 200) {
				String typed = values.getOrDefault("relevanceComment", "");
				if (typed.equals(Hostile.SCRIPT)) {
					assertThat(Hostile.body(result)).as("the comment typed is kept").contains(Hostile.SCRIPT_AS_TEXT);
				}
			}
		}

		MvcTestResult stored = Hostile.post(this.mvc, expertSession,
				Map.of("version", sheetVersion(assignment), "relevance", "20", "projectDesign", "40", "followUp", "20",
						"relevanceComment", Hostile.SCRIPT, "projectDesignComment", Hostile.IMAGE, "followUpComment",
						Hostile.SCRIPT + Hostile.IMAGE),
				"/agency/assignments/{id}/assessment", assignment);
		assertThat(stored.getResponse().getStatus()).as(Hostile.body(stored)).isEqualTo(302);
		assertThat(page(expertSession, "/agency/assignments/" + assignment)).contains(Hostile.SCRIPT_AS_TEXT);
		page(expertSession, "/agency/assignments");
		page(expertSession, "/agency/applications/" + this.application.id());
		page(this.officerSession, "/agency/applications/" + this.application.id());
		page(this.officerSession, "/agency/applications/" + this.application.id() + "/decision");
	}

	@Test
	void theDecisionRankingAndGrantFormsNeverFailAndExplainEveryRefusal() {
		Arbitrary<String> text = Hostile.text();
		Arbitrary<String> number = Hostile.number();
		Map<String, Arbitrary<String>> budget = Hostile.fields("call",
				Arbitraries.oneOf(text, Arbitraries.of("2027-1", "2027-2", "2099-1", "2027-3", "2027-01")), "budget",
				Arbitraries.oneOf(number, Arbitraries.of("100000", "1 000 000,00", "1,000,000.5", "0.001")));
		for (int i = 0; i < TRIES; i++) {
			Map<String, String> values = Hostile.values(budget);
			officerPost("ranking budget", values, "/agency/ranking/budget");
		}

		Arbitrary<String> application = Hostile.id(this.application.id());
		Arbitrary<String> version = Arbitraries.oneOf(number,
				Arbitraries.just("current").map((current) -> decisionVersion()));
		Arbitrary<String> keep = Arbitraries.oneOf(text, Arbitraries.of("true", "false", "on", "1"));
		Arbitrary<String> days = Arbitraries.oneOf(number, Arbitraries.integers().between(-1, 25).map(String::valueOf));
		Map<String, Arbitrary<String>> decision = Hostile.fields("version", version, "outcome",
				Arbitraries.oneOf(text, Arbitraries.of("APPROVED", "RESERVED", "REJECTED", "approved", "WITHDRAWN")),
				"reason", text, "activities[0].keep", keep, "activities[0].days", days, "activities[1].keep", keep,
				"activities[1].days", days, "activities[7].keep", keep, "activities[300].days", days, "action",
				Arbitraries.oneOf(text, Arbitraries.of("preview", "confirm")));
		for (int i = 0; i < TRIES; i++) {
			Map<String, String> values = Hostile.values(decision);
			String id = application.sample();
			officerPost("decision " + id, values, "/agency/applications/{id}/decision", id);
		}

		Arbitrary<String> organisation = Hostile.id(this.application.organisationId());
		Map<String, Arbitrary<String>> grant = Hostile.fields("callYear",
				Arbitraries.oneOf(number, Arbitraries.of("2020", "2013", "2101", "2028")), "round",
				Arbitraries.oneOf(number, Arbitraries.of("1", "2", "3")), "note", text);
		for (int i = 0; i < TRIES; i++) {
			Map<String, String> values = Hostile.values(grant);
			String id = organisation.sample();
			officerPost("grants " + id, values, "/agency/organisations/{id}/grants", id);
		}

		// refused forms keep what was typed
		Hostile.assertKept("decision without an outcome",
				Hostile.post(this.mvc, this.officerSession,
						Map.of("version", decisionVersion(), "reason", Hostile.SCRIPT, "action", "confirm"),
						"/agency/applications/{id}/decision", this.application.id()));
		Hostile.assertKept("grant without a year",
				Hostile.post(this.mvc, this.officerSession,
						Map.of("callYear", "twenty", "round", "1", "note", Hostile.SCRIPT),
						"/agency/organisations/{id}/grants", this.application.organisationId()));
		MvcTestResult budgetRefused = Hostile.post(this.mvc, this.officerSession,
				Map.of("call", "2027-1", "budget", Hostile.SCRIPT), "/agency/ranking/budget");
		Hostile.assertKept("ranking budget", Hostile.follow(this.mvc, this.officerSession, budgetRefused));

		// script-like values stored where the forms take free text
		Map<String, String> reject = Map.of("version", decisionVersion(), "outcome", "REJECTED", "reason",
				Hostile.SCRIPT + Hostile.IMAGE, "action", "confirm");
		assertThat(Hostile
			.post(this.mvc, this.officerSession, reject, "/agency/applications/{id}/decision", this.application.id())
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(Hostile
			.post(this.mvc, this.officerSession,
					Map.of("callYear", "2020", "round", "1", "note", Hostile.IMAGE + Hostile.SCRIPT),
					"/agency/organisations/{id}/grants", this.application.organisationId())
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(page(this.officerSession, "/agency/applications/" + this.application.id() + "/decision"))
			.contains(Hostile.SCRIPT_AS_TEXT);
		page(this.officerSession, "/agency/applications/" + this.application.id());
		assertThat(page(this.officerSession, "/agency/organisations/" + this.application.organisationId() + "/grants"))
			.contains(Hostile.SCRIPT_AS_TEXT);
		page(this.officerSession, "/agency/ranking?call=2027-1");
		page(this.officerSession, "/agency/submissions?q=" + this.application.reference());
		MockHttpSession coordinator = SignIn.as(this.mvc, this.application.coordinator());
		page(coordinator, "/coordinator/applications/" + this.application.id() + "/outcome");
		page(coordinator, "/coordinator/applications/" + this.application.id() + "/organisation");
		page(coordinator, "/coordinator");
	}

	@Test
	void theSubmissionsListItsExportsAndTheRankingTakeAnyQuery() {
		Arbitrary<String> text = Hostile.text();
		Arbitrary<String> number = Hostile.number();
		Map<String, Arbitrary<String>> filter = Hostile.fields("year", number, "round", number, "stage",
				Arbitraries.oneOf(text, Arbitraries.of("SUBMITTED", "ASSESSED", "submitted")), "min", number, "max",
				number, "type", Arbitraries.oneOf(text, Arbitraries.of("SCHOOL", "school")), "errors", text, "q", text,
				"sort", Arbitraries.oneOf(text, Arbitraries.of("REFERENCE", "SCORE", "reference")), "dir",
				Arbitraries.oneOf(text, Arbitraries.of("asc", "desc")), "page", number);
		for (String path : List.of("/agency/submissions", "/agency/submissions.csv", "/agency/submissions.xlsx")) {
			// the exports read the filter as the list does
			for (int i = 0; i < (path.endsWith("submissions") ? TRIES : Hostile.BUTTON_TRIES); i++) {
				Map<String, String> values = Hostile.values(filter);
				MvcTestResult result = Hostile.get(this.mvc, this.officerSession, values, path);
				int status = result.getResponse().getStatus();
				assertThat(status).as("%s with %s", path, values).isIn(200, 400);
				if (status == 400) {
					assertThat(Hostile.errorPage(this.mvc, result)).contains(Hostile.BAD_REQUEST_PAGE);
				}
				Hostile.assertEscaped(path, result);
			}
		}
		Map<String, Arbitrary<String>> ranking = Hostile.fields("call",
				Arbitraries.oneOf(text, number, Arbitraries.of("2027-1", "2027-2", "2099-1", "1999-3")));
		for (int i = 0; i < TRIES; i++) {
			Map<String, String> values = Hostile.values(ranking);
			MvcTestResult result = Hostile.get(this.mvc, this.officerSession, values, "/agency/ranking");
			assertThat(result.getResponse().getStatus()).as("ranking with %s", values).isEqualTo(200);
			Hostile.assertEscaped("ranking", result);
		}
	}

	@Test
	void aNulCharacterInTypedTextIsDroppedNotAServerError() {
		MvcTestResult search = Hostile.get(this.mvc, this.officerSession, Map.of("q", "HU\u0000"),
				"/agency/submissions");
		assertThat(search.getResponse().getStatus()).isEqualTo(200);
		assertThat(Hostile.body(search)).contains(this.application.reference());
		assertThat(
				Hostile
					.post(this.mvc, this.officerSession,
							Map.of("version", "", "outcome", "REJECTED", "reason", "Not\u0000 convincing", "action",
									"confirm"),
							"/agency/applications/{id}/decision", this.application.id())
					.getResponse()
					.getStatus())
			.isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select reason from review_decision where application_id = ?", String.class,
				this.application.id()))
			.isEqualTo("Not convincing");
	}

	// ---------------------------------------------------------------- helpers

	private void officerPost(String what, Map<String, String> values, String path, Object... variables) {
		MvcTestResult result = Hostile.post(this.mvc, this.officerSession, values, path, variables);
		Hostile.assertExplained(this.mvc, this.officerSession, what, values, result, "data-testid=\"award\"");
	}

	/** The page, which must open and show nothing typed as markup. */
	private String page(MockHttpSession session, String path) {
		MvcTestResult result = this.mvc.get().uri(path).session(session).exchange();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		Hostile.assertEscaped(path, result);
		return Hostile.body(result);
	}

	private void assign(long assessor) {
		assertThat(Hostile
			.post(this.mvc, this.officerSession, Map.of("assessor", String.valueOf(assessor)),
					"/agency/applications/{id}/assessors", this.application.id())
			.getResponse()
			.getStatus()).isEqualTo(302);
	}

	/** An assignment of the application, made when it has none. */
	private long anAssignment() {
		var ids = this.jdbc.queryForList("select id from review_assignment where application_id = ? order by id",
				Long.class, this.application.id());
		if (!ids.isEmpty()) {
			return ids.get(0);
		}
		assign(this.colleagueId);
		return assignmentOf(this.colleagueId);
	}

	private long assignmentOf(long assessor) {
		return this.jdbc.queryForObject(
				"select id from review_assignment where application_id = ? and assessor_id = ? order by id desc limit 1",
				Long.class, this.application.id(), assessor);
	}

	/** The score sheet's version as its form sends it: empty before the first save. */
	private String sheetVersion(long assignment) {
		var versions = this.jdbc.queryForList("select version from review_assessment where assignment_id = ?",
				Long.class, assignment);
		return versions.isEmpty() ? "" : String.valueOf(versions.get(0));
	}

	/** The decision's version as its form sends it: empty before the first decision. */
	private String decisionVersion() {
		var versions = this.jdbc.queryForList("select version from review_decision where application_id = ?",
				Long.class, this.application.id());
		return versions.isEmpty() ? "" : String.valueOf(versions.get(0));
	}

	private long userId(String username) {
		return this.jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
	}

}
