package eu.ka122.planner.review;

import eu.ka122.planner.drafting.ApplicationSubmitted;
import eu.ka122.planner.drafting.ApplicationWithdrawn;
import eu.ka122.planner.drafting.Submissions;
import eu.ka122.planner.drafting.SubmittedApplication;
import eu.ka122.planner.review.persistence.CaseStore;
import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.PlannedActivity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opens a review case when an application is submitted and closes it when it is
 * withdrawn. The listeners run inside the submitting transaction, so a submission and its
 * case are stored together or not at all.
 */
@Component
class SubmissionIntake {

	private final Submissions submissions;

	private final CaseStore cases;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SubmissionIntake(Submissions submissions, CaseStore cases, JdbcClient jdbc, JsonMapper json) {
		this.submissions = submissions;
		this.cases = cases;
		this.jdbc = jdbc;
		this.json = json;
	}

	@EventListener
	void submitted(ApplicationSubmitted event) {
		SubmittedApplication s = this.submissions.find(event.applicationId()).orElseThrow();
		int participants = 0;
		int fewer = 0;
		boolean longTermPupils = false;
		for (PlannedActivity activity : s.plan().activities()) {
			participants += activity.participants();
			fewer += activity.participantsWithFewerOpportunities();
			longTermPupils |= activity.type() == ActivityType.LONG_TERM_PUPIL_MOBILITY;
		}
		int errors = 0;
		int warnings = 0;
		for (JsonNode finding : this.json.readTree(s.snapshot()).path("findings")) {
			String severity = finding.path("severity").asString("");
			errors += "ERROR".equals(severity) ? 1 : 0;
			warnings += "WARNING".equals(severity) ? 1 : 0;
		}
		boolean newcomer = this.jdbc.sql("select count(*) from organisation_grant where organisation_id = ?")
			.param(s.organisation().id())
			.query(Long.class)
			.single() == 0;
		this.cases.insert(new CaseStore.NewCase(s.applicationId(), s.reference(), s.agencyCode(), s.callYear(),
				s.round(), s.organisation().id(), s.organisation().legalName(), s.organisation().oid(),
				s.organisation().type().name(), s.title(), s.requestedTotal(), participants, fewer, longTermPupils,
				newcomer, errors, warnings, s.submittedAt()));
	}

	@EventListener
	void withdrawn(ApplicationWithdrawn event) {
		this.cases.withdraw(event.applicationId());
	}

}
