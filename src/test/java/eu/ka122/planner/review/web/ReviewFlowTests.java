package eu.ka122.planner.review.web;

import java.time.Instant;

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
 * The whole review through the pages: an officer assigns two assessors, they declare no
 * conflict and score, the officer ranks with a budget and approves a reduced grant, and
 * the coordinator sees the decision. Portugal's agency (PT01) is used by no other test.
 */
@IntegrationTest
class ReviewFlowTests {

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

	@BeforeEach
	void beforeTheDeadline() {
		this.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void anApplicationGoesFromSubmissionToAReducedGrantTheCoordinatorSees() throws Exception {
		Submitted application = this.submitter.submit("PT", Submitter.job(3, 10), Submitter.job(2, 20));
		String officer = this.accounts.user(Role.NA_OFFICER, "PT01");
		String expert = this.accounts.user(Role.ASSESSOR, "PT01");
		String colleague = this.accounts.user(Role.NA_OFFICER, "PT01");
		MockHttpSession officerSession = SignIn.as(this.mvc, officer);

		// the submission is in the agency's list, awaiting assessors
		assertThat(this.mvc.get().uri("/agency/submissions?q=" + application.reference()).session(officerSession))
			.hasStatusOk()
			.bodyText()
			.contains(application.reference())
			.contains("Awaiting assessors")
			.contains("1 application;");

		// two assessors
		long expertId = userId(expert);
		long colleagueId = userId(colleague);
		assertThat(post(officerSession, "/agency/applications/" + application.id() + "/assessors", "assessor",
				String.valueOf(expertId)))
			.hasStatus3xxRedirection();
		assertThat(post(officerSession, "/agency/applications/" + application.id() + "/assessors", "assessor",
				String.valueOf(colleagueId)))
			.hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri("/agency/applications/" + application.id()).session(officerSession)).hasStatusOk()
			.bodyText()
			.contains("In assessment")
			.contains("Call 2027, round 1, National Agency")
			.contains("Test " + expert)
			.contains("Declaration of conflict of interest pending")
			// the language the application is written in by its name, not its code
			.contains("<dd class=\"col-sm-9\">English</dd>")
			// the start day and the distance as the reader's language writes them
			.contains("<dd class=\"col-sm-9\">1 September 2027</dd>")
			.contains("1,365.28");

		// the expert declares no conflict, then scores with guidance beside each
		// criterion
		MockHttpSession expertSession = SignIn.as(this.mvc, expert);
		long expertAssignment = assignment(application.id(), expertId);
		assertThat(this.mvc.get().uri("/agency/applications/" + application.id()).session(expertSession))
			.as("closed before the declaration")
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/agency/assignments/" + expertAssignment).session(expertSession)).hasStatusOk()
			.bodyText()
			.contains("Do you have a conflict of interest with this applicant?");
		assertThat(post(expertSession, "/agency/assignments/" + expertAssignment + "/declaration", "conflict", "no"))
			.hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri("/agency/assignments/" + expertAssignment).session(expertSession)).hasStatusOk()
			.bodyText()
			.contains("the applicant’s profile, experience, activities and target population")
			.contains("Score (0 to 50)");
		assertThat(this.mvc.get().uri("/agency/applications/" + application.id()).session(expertSession)).hasStatusOk()
			.bodyText()
			.contains("Our school wants to learn inclusive methods.")
			.contains("Call 2027, round 1, National Agency PT01")
			.doesNotContain("Assign an assessor");
		assertThat(score(expertSession, expertAssignment, "16", "40", "24")).hasStatus3xxRedirection();

		// the colleague too
		MockHttpSession colleagueSession = SignIn.as(this.mvc, colleague);
		long colleagueAssignment = assignment(application.id(), colleagueId);
		post(colleagueSession, "/agency/assignments/" + colleagueAssignment + "/declaration", "conflict", "no");
		assertThat(score(colleagueSession, colleagueAssignment, "14", "36", "20")).hasStatus3xxRedirection();

		// mean of 80 and 70
		assertThat(this.mvc.get().uri("/agency/applications/" + application.id()).session(officerSession)).bodyText()
			.contains("Assessed")
			.contains("75.0")
			.contains("Above the thresholds");

		// ranking with a budget
		assertThat(post(officerSession, "/agency/ranking/budget", "call", "2027-1", "budget", "100000"))
			.hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri("/agency/ranking?call=2027-1").session(officerSession)).hasStatusOk()
			.bodyText()
			.contains(application.reference())
			.contains("Funded")
			.contains("newcomers (no earlier KA122 grant) first");

		// approve with the second activity removed: recalculated first, then confirmed
		MvcTestResult preview = post(officerSession, "/agency/applications/" + application.id() + "/decision", "action",
				"preview", "outcome", "APPROVED", "activities[0].keep", "true", "activities[0].days", "10",
				"activities[1].days", "20", "reason", "Second activity not convincing");
		assertThat(preview).hasStatusOk().bodyText().contains("Requested and awarded grant");
		String requested = this.jdbc.queryForObject(
				"select requested_total::text from application_submission where application_id = ?", String.class,
				application.id());
		assertThat(preview).bodyText().contains(format(requested));
		assertThat(post(officerSession, "/agency/applications/" + application.id() + "/decision", "action", "confirm",
				"outcome", "APPROVED", "activities[0].keep", "true", "activities[0].days", "10", "activities[1].days",
				"20", "reason", "Second activity not convincing"))
			.hasStatus3xxRedirection();
		var awarded = this.jdbc.queryForObject("select awarded_total from review_decision where application_id = ?",
				java.math.BigDecimal.class, application.id());
		assertThat(awarded).isLessThan(new java.math.BigDecimal(requested));

		// an approved application is a grant of its organisation
		assertThat(this.jdbc.queryForObject(
				"select count(*) from organisation_grant where organisation_id = ? and source = 'DECISION'",
				Integer.class, application.organisationId()))
			.isEqualTo(1);
		// every score and the decision are in the audit trail
		assertThat(this.jdbc.queryForList(
				"select action from audit_event where entity_type = 'application' and entity_id = ? order by id",
				String.class, String.valueOf(application.id())))
			.contains("review.assigned", "review.noConflict", "review.scored", "review.decided");

		// the coordinator sees the outcome, scores and comments, never the assessors'
		// names
		MockHttpSession coordinator = SignIn.as(this.mvc, application.coordinator());
		assertThat(this.mvc.get().uri("/coordinator").session(coordinator)).hasStatusOk()
			.bodyText()
			.contains("Approved: " + format(awarded.toPlainString()) + " EUR awarded");
		assertThat(
				this.mvc.get().uri("/coordinator/applications/" + application.id() + "/outcome").session(coordinator))
			.hasStatusOk()
			.bodyText()
			.contains("is approved")
			.contains("Final score: 75.0")
			.contains("Assessor 1")
			.contains("Assessor 2")
			.contains("Comment on relevance 16")
			.contains("Second activity not convincing")
			.contains("Requested and awarded grant per category")
			.contains(format(awarded.toPlainString()))
			.doesNotContain(expert)
			.doesNotContain(colleague);
		// and can no longer withdraw it
		assertThat(this.mvc.post()
			.uri("/coordinator/applications/" + application.id() + "/withdraw")
			.session(coordinator)
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(
				this.jdbc.queryForObject("select status from application where id = ?", String.class, application.id()))
			.isEqualTo("SUBMITTED");
	}

	@Test
	void anAssessorWhoDeclaresAConflictIsRemovedAndAnotherCanBeAssigned() throws Exception {
		Submitted application = this.submitter.submit("PT");
		String officer = this.accounts.user(Role.NA_OFFICER, "PT01");
		String first = this.accounts.user(Role.ASSESSOR, "PT01");
		String second = this.accounts.user(Role.ASSESSOR, "PT01");
		String third = this.accounts.user(Role.ASSESSOR, "PT01");
		MockHttpSession officerSession = SignIn.as(this.mvc, officer);
		post(officerSession, "/agency/applications/" + application.id() + "/assessors", "assessor",
				String.valueOf(userId(first)));
		post(officerSession, "/agency/applications/" + application.id() + "/assessors", "assessor",
				String.valueOf(userId(second)));
		MvcTestResult tooMany = post(officerSession, "/agency/applications/" + application.id() + "/assessors",
				"assessor", String.valueOf(userId(third)));
		assertThat(tooMany.getMvcResult().getFlashMap().get("refusedKey")).isEqualTo("review.error.enoughAssessors");

		MockHttpSession firstSession = SignIn.as(this.mvc, first);
		long assignment = assignment(application.id(), userId(first));
		post(firstSession, "/agency/assignments/" + assignment + "/declaration", "conflict", "yes");
		assertThat(this.mvc.get().uri("/agency/assignments/" + assignment).session(firstSession)).hasStatusOk()
			.bodyText()
			.contains("you are removed from it");
		assertThat(this.mvc.get().uri("/agency/applications/" + application.id()).session(firstSession)).hasStatus(404);
		assertThat(score(firstSession, assignment, "10", "25", "15")).hasStatus(404);

		MvcTestResult replaced = post(officerSession, "/agency/applications/" + application.id() + "/assessors",
				"assessor", String.valueOf(userId(third)));
		assertThat(replaced.getMvcResult().getFlashMap().get("refusedKey")).isNull();
		assertThat(this.mvc.get().uri("/agency/applications/" + application.id()).session(officerSession)).bodyText()
			.contains("Conflict of interest declared: removed");
	}

	@Test
	void aBadScoreIsExplainedAndWhatWasTypedIsKept() throws Exception {
		Submitted application = this.submitter.submit("PT");
		String officer = this.accounts.user(Role.NA_OFFICER, "PT01");
		MockHttpSession session = SignIn.as(this.mvc, officer);
		post(session, "/agency/applications/" + application.id() + "/assessors", "assessor",
				String.valueOf(userId(officer)));
		long assignment = assignment(application.id(), userId(officer));
		post(session, "/agency/assignments/" + assignment + "/declaration", "conflict", "no");
		MvcTestResult result = this.mvc.post()
			.uri("/agency/assignments/" + assignment + "/assessment")
			.session(session)
			.with(csrf())
			.param("relevance", "21")
			.param("projectDesign", "forty")
			.param("followUp", "30")
			.param("relevanceComment", "Strong <b>needs</b> analysis")
			.param("projectDesignComment", "")
			.param("followUpComment", "Clear plan")
			.exchange();
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("There is a problem")
			.contains("Enter a whole number from 0 to 20.")
			.contains("Enter a whole number from 0 to 50.")
			.contains("Write a comment on this criterion.")
			.contains("value=\"forty\"")
			.contains("Strong &lt;b&gt;needs&lt;/b&gt; analysis");
		assertThat(this.jdbc.queryForObject("select count(*) from review_assessment where assignment_id = ?",
				Integer.class, assignment))
			.isZero();
	}

	@Test
	void anOfficerRecordsAnEarlierGrantByHandAndABadYearIsExplained() throws Exception {
		long organisation = this.accounts.organisation("PT");
		String oid = this.jdbc.queryForObject("select oid from organisation where id = ?", String.class, organisation);
		MockHttpSession officer = SignIn.as(this.mvc, this.accounts.user(Role.NA_OFFICER, "PT01"));
		assertThat(this.mvc.get().uri("/agency/grants?oid=" + oid.toLowerCase(java.util.Locale.ROOT)).session(officer))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/agency/organisations/" + organisation + "/grants");
		String page = "/agency/organisations/" + organisation + "/grants";
		assertThat(post(officer, page, "callYear", "20x3", "round", "2", "note", "From the old system")).hasStatusOk()
			.bodyText()
			.contains("Enter a call year from 2014 to 2100.")
			.contains("value=\"20x3\"")
			.contains("value=\"From the old system\"");
		assertThat(post(officer, page, "callYear", "2024", "round", "2", "note", "From the old system"))
			.hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri(page).session(officer)).hasStatusOk()
			.bodyText()
			.contains("Call 2024, round 2")
			.contains("Recorded by hand")
			.contains("From the old system");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from organisation_grant where organisation_id = ? and source = 'MANUAL'",
				Integer.class, organisation))
			.isEqualTo(1);
	}

	private MvcTestResult score(MockHttpSession session, long assignment, String relevance, String design,
			String followUp) {
		return this.mvc.post()
			.uri("/agency/assignments/" + assignment + "/assessment")
			.session(session)
			.with(csrf())
			.param("relevance", relevance)
			.param("projectDesign", design)
			.param("followUp", followUp)
			.param("relevanceComment", "Comment on relevance " + relevance)
			.param("projectDesignComment", "Comment on design " + design)
			.param("followUpComment", "Comment on follow-up " + followUp)
			.exchange();
	}

	private MvcTestResult post(MockHttpSession session, String uri, String... params) {
		var request = this.mvc.post().uri(uri).session(session).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	private long userId(String username) {
		return this.jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
	}

	private long assignment(long applicationId, long assessorId) {
		return this.jdbc.queryForObject("select id from review_assignment where application_id = ? and assessor_id = ?",
				Long.class, applicationId, assessorId);
	}

	/** 1234.50 as the pages show it: 1,234.50. */
	private static String format(String amount) {
		return String.format(java.util.Locale.ENGLISH, "%,.2f", new java.math.BigDecimal(amount));
	}

}
