package eu.ka122.planner.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.audit.AuditTrail;
import eu.ka122.planner.review.domain.Assessment;
import eu.ka122.planner.review.domain.Criterion;
import eu.ka122.planner.review.persistence.CaseStore;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessors and their assessments. Officers assign one or two assessors of their agency
 * (a third when two assessments are more than 30 points apart); an assessor declares
 * whether they have a conflict of interest before the application opens for them, then
 * scores the three award criteria with a comment on each.
 */
@Service
@Transactional
public class Assessments {

	private static final int MAX_COMMENT = 4000;

	private final JdbcClient jdbc;

	private final CaseStore cases;

	private final CaseScores scores;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Assessments(JdbcClient jdbc, CaseStore cases, CaseScores scores, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.scores = scores;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The agency's people who can assess: its officers and external assessors. */
	@Transactional(readOnly = true)
	public List<Assessor> assessors(AccountPrincipal officer) {
		return this.jdbc.sql("""
				select id, display_name, role from app_user
				where agency_code = ? and role in ('NA_OFFICER', 'ASSESSOR') and enabled order by display_name, id""")
			.param(Staff.officerAgency(officer))
			.query((rs, n) -> new Assessor(rs.getLong("id"), rs.getString("display_name"), rs.getString("role")))
			.list();
	}

	/** The assignments of an application of the officer's agency. */
	@Transactional(readOnly = true)
	public List<AssignmentRow> assignments(AccountPrincipal officer, long applicationId) {
		officerCase(officer, applicationId);
		return this.jdbc.sql("""
				select ra.id, ra.assessor_id, u.display_name, ra.conflict, ra.assigned_at,
				       a.relevance, a.project_design, a.follow_up
				from review_assignment ra join app_user u on u.id = ra.assessor_id
				left join review_assessment a on a.assignment_id = ra.id
				where ra.application_id = ? order by ra.id""")
			.param(applicationId)
			.query((rs, n) -> new AssignmentRow(rs.getLong("id"), rs.getLong("assessor_id"),
					rs.getString("display_name"), Conflict.valueOf(rs.getString("conflict")),
					rs.getTimestamp("assigned_at").toInstant(),
					rs.getObject("relevance") == null ? null
							: rs.getInt("relevance") + rs.getInt("project_design") + rs.getInt("follow_up")))
			.list();
	}

	/**
	 * Assigns an officer or assessor of the agency; with no one chosen ({@code null}) it
	 * only refuses, after the access checks.
	 */
	public void assign(AccountPrincipal officer, long applicationId, Long assessorId) {
		String agency = Staff.officerAgency(officer);
		CaseRow row = this.cases.lock(applicationId)
			.filter((c) -> c.agencyCode().equals(agency))
			.orElseThrow(ReviewNotFoundException::new);
		if (row.stage().decided() || row.stage() == Stage.WITHDRAWN) {
			throw new ReviewException("review.error.closed");
		}
		if (assessorId == null) {
			throw new ReviewException("review.error.chooseAssessor");
		}
		boolean assessorOfAgency = this.jdbc.sql(
				"select count(*) from app_user where id = ? and agency_code = ? and role in ('NA_OFFICER', 'ASSESSOR') "
						+ "and enabled")
			.params(assessorId, agency)
			.query(Long.class)
			.single() > 0;
		if (!assessorOfAgency) {
			throw new ReviewException("review.error.notAssessor");
		}
		long active = this.jdbc
			.sql("select count(*) from review_assignment where application_id = ? and conflict <> 'DECLARED'")
			.param(applicationId)
			.query(Long.class)
			.single();
		long allowed = row.stage() == Stage.THIRD_NEEDED ? 3 : 2;
		if (active >= allowed) {
			throw new ReviewException("review.error.enoughAssessors", allowed);
		}
		long id;
		try {
			id = this.jdbc.sql("""
					insert into review_assignment (application_id, assessor_id, assigned_by, assigned_at)
					values (?, ?, ?, ?) returning id""")
				.params(applicationId, assessorId, officer.getUsername(), Timestamp.from(this.clock.instant()))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw new ReviewException("review.error.alreadyAssigned");
		}
		this.audit.record(officer.getUsername(), "review.assigned", "application", applicationId,
				Map.of("assignment", id, "assessor", assessorId));
		this.scores.refresh(applicationId);
		this.events.publishEvent(new AssessorAssigned(id, applicationId, row.reference(), assessorId));
	}

	/** Takes an assessor off an application, while they have not scored it. */
	public void unassign(AccountPrincipal officer, long applicationId, long assignmentId) {
		officerCase(officer, applicationId);
		this.cases.lock(applicationId);
		int removed = this.jdbc.sql("""
				delete from review_assignment ra where ra.id = ? and ra.application_id = ?
				and not exists (select 1 from review_assessment a where a.assignment_id = ra.id)""")
			.params(assignmentId, applicationId)
			.update();
		if (removed == 0) {
			throw new ReviewException("review.error.cannotUnassign");
		}
		this.audit.record(officer.getUsername(), "review.unassigned", "application", applicationId,
				Map.of("assignment", assignmentId));
		this.scores.refresh(applicationId);
	}

	/** The signed-in assessor's (or officer's) own assignments, newest first. */
	@Transactional(readOnly = true)
	public List<MyAssignment> mine(AccountPrincipal user) {
		return mine(user, "", List.of());
	}

	/** One of the user's own assignments; anyone else's is not found. */
	@Transactional(readOnly = true)
	public MyAssignment mine(AccountPrincipal user, long assignmentId) {
		return mine(user, " and ra.id = ?", List.of(assignmentId)).stream()
			.findFirst()
			.orElseThrow(ReviewNotFoundException::new);
	}

	private List<MyAssignment> mine(AccountPrincipal user, String condition, List<Object> more) {
		Staff.staffAgency(user);
		List<Object> params = new java.util.ArrayList<>(List.of(user.id(), user.agencyCode()));
		params.addAll(more);
		return this.jdbc
			.sql("""
					select ra.id, ra.application_id, c.reference, c.organisation_name, c.organisation_oid, c.title,
					       c.call_year, c.round, ra.conflict, ra.assigned_at, c.stage,
					       exists (select 1 from review_assessment a where a.assignment_id = ra.id) as scored
					from review_assignment ra join review_case c on c.application_id = ra.application_id
					where ra.assessor_id = ? and c.agency_code = ?""" + condition
					+ " order by ra.assigned_at desc, ra.id desc")
			.params(params)
			.query((rs, n) -> new MyAssignment(rs.getLong("id"), rs.getLong("application_id"),
					rs.getString("reference"), rs.getString("organisation_name"), rs.getString("organisation_oid"),
					rs.getString("title"), rs.getInt("call_year"), rs.getInt("round"),
					Conflict.valueOf(rs.getString("conflict")), rs.getTimestamp("assigned_at").toInstant(),
					Stage.valueOf(rs.getString("stage")), rs.getBoolean("scored")))
			.list();
	}

	/**
	 * The assessor's declaration: a conflict of interest removes them from the
	 * application, no conflict opens it.
	 */
	public void declare(AccountPrincipal user, long assignmentId, boolean conflictOfInterest) {
		MyAssignment assignment = mine(user, assignmentId);
		if (assignment.conflict() != Conflict.UNDECLARED) {
			throw new ReviewException("review.error.alreadyDeclared");
		}
		this.cases.lock(assignment.applicationId());
		this.jdbc
			.sql("update review_assignment set conflict = ?, declared_at = ? where id = ? and conflict = 'UNDECLARED'")
			.params(conflictOfInterest ? Conflict.DECLARED.name() : Conflict.NONE.name(),
					Timestamp.from(this.clock.instant()), assignmentId)
			.update();
		this.audit.record(user.getUsername(), conflictOfInterest ? "review.conflictDeclared" : "review.noConflict",
				"application", assignment.applicationId(), Map.of("assignment", assignmentId));
		this.scores.refresh(assignment.applicationId());
	}

	/** The assessor's score sheet, once they declared no conflict. */
	@Transactional(readOnly = true)
	public ScoreSheet sheet(AccountPrincipal user, long assignmentId) {
		MyAssignment assignment = openAssignment(user, assignmentId);
		return this.jdbc.sql("""
				select relevance, project_design, follow_up, relevance_comment, design_comment, follow_up_comment,
				       version from review_assessment where assignment_id = ?""").param(assignmentId).query((rs, n) -> {
			Map<Criterion, Integer> points = new EnumMap<>(Criterion.class);
			points.put(Criterion.RELEVANCE, rs.getInt("relevance"));
			points.put(Criterion.PROJECT_DESIGN, rs.getInt("project_design"));
			points.put(Criterion.FOLLOW_UP, rs.getInt("follow_up"));
			Map<Criterion, String> comments = new EnumMap<>(Criterion.class);
			comments.put(Criterion.RELEVANCE, rs.getString("relevance_comment"));
			comments.put(Criterion.PROJECT_DESIGN, rs.getString("design_comment"));
			comments.put(Criterion.FOLLOW_UP, rs.getString("follow_up_comment"));
			return new ScoreSheet(assignment, points, comments, rs.getLong("version"));
		}).optional().orElseGet(() -> new ScoreSheet(assignment, Map.of(), Map.of(), null));
	}

	/**
	 * Saves the assessor's scores and comments (all three criteria, each with a comment).
	 * @param version the version the form was opened with; null for a first assessment
	 * @throws ReviewConflictException when the assessment changed since
	 */
	public void score(AccountPrincipal user, long assignmentId, Long version, Map<Criterion, Integer> points,
			Map<Criterion, String> comments) {
		MyAssignment assignment = openAssignment(user, assignmentId);
		CaseRow row = this.cases.lock(assignment.applicationId()).orElseThrow(ReviewNotFoundException::new);
		if (row.stage().decided() || row.stage() == Stage.WITHDRAWN) {
			throw new ReviewException("review.error.closed");
		}
		// The domain checks every score is there and within its range.
		Assessment assessment = new Assessment(String.valueOf(user.id()), points, comments);
		for (Criterion criterion : Criterion.values()) {
			String comment = assessment.comments().get(criterion);
			if (comment == null || comment.length() > MAX_COMMENT) {
				throw new IllegalArgumentException("comment for " + criterion + " missing or too long");
			}
		}
		Instant now = this.clock.instant();
		Optional<Map<String, Object>> before = previous(assignmentId);
		int changed;
		if (version == null) {
			changed = this.jdbc.sql("""
					insert into review_assessment (assignment_id, relevance, project_design, follow_up,
					    relevance_comment, design_comment, follow_up_comment, updated_at)
					values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (assignment_id) do nothing""")
				.params(assignmentId, assessment.score(Criterion.RELEVANCE), assessment.score(Criterion.PROJECT_DESIGN),
						assessment.score(Criterion.FOLLOW_UP), comment(assessment, Criterion.RELEVANCE),
						comment(assessment, Criterion.PROJECT_DESIGN), comment(assessment, Criterion.FOLLOW_UP),
						Timestamp.from(now))
				.update();
		}
		else {
			changed = this.jdbc
				.sql("""
						update review_assessment set relevance = ?, project_design = ?, follow_up = ?, relevance_comment = ?,
						    design_comment = ?, follow_up_comment = ?, updated_at = ?, version = version + 1
						where assignment_id = ? and version = ?""")
				.params(assessment.score(Criterion.RELEVANCE), assessment.score(Criterion.PROJECT_DESIGN),
						assessment.score(Criterion.FOLLOW_UP), comment(assessment, Criterion.RELEVANCE),
						comment(assessment, Criterion.PROJECT_DESIGN), comment(assessment, Criterion.FOLLOW_UP),
						Timestamp.from(now), assignmentId, version)
				.update();
		}
		if (changed == 0) {
			throw new ReviewConflictException();
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("assignment", assignmentId);
		before.ifPresent((b) -> details.put("before", b));
		details.put("after", Map.of("relevance", assessment.score(Criterion.RELEVANCE), "projectDesign",
				assessment.score(Criterion.PROJECT_DESIGN), "followUp", assessment.score(Criterion.FOLLOW_UP)));
		this.audit.record(user.getUsername(), "review.scored", "application", assignment.applicationId(), details);
		this.scores.refresh(assignment.applicationId());
	}

	/**
	 * Whether the user may open the application: an officer of its agency, or an assessor
	 * who declared no conflict.
	 */
	@Transactional(readOnly = true)
	public boolean mayView(AccountPrincipal user, CaseRow row) {
		if (!row.agencyCode().equals(Staff.staffAgency(user))) {
			return false;
		}
		if (user.hasRole(eu.ka122.planner.accounts.Role.NA_OFFICER)) {
			return true;
		}
		return this.jdbc
			.sql("select count(*) from review_assignment where application_id = ? and assessor_id = ? "
					+ "and conflict = 'NONE'")
			.params(row.applicationId(), user.id())
			.query(Long.class)
			.single() > 0;
	}

	private Optional<Map<String, Object>> previous(long assignmentId) {
		return this.jdbc
			.sql("select relevance, project_design, follow_up from review_assessment where assignment_id = ?")
			.param(assignmentId)
			.query((rs, n) -> Map.<String, Object>of("relevance", rs.getInt(1), "projectDesign", rs.getInt(2),
					"followUp", rs.getInt(3)))
			.optional();
	}

	private static String comment(Assessment assessment, Criterion criterion) {
		return assessment.comments().get(criterion).strip();
	}

	private MyAssignment openAssignment(AccountPrincipal user, long assignmentId) {
		MyAssignment assignment = mine(user, assignmentId);
		if (assignment.conflict() == Conflict.UNDECLARED) {
			throw new ReviewException("review.error.declareFirst");
		}
		if (assignment.conflict() == Conflict.DECLARED) {
			throw new ReviewNotFoundException();
		}
		return assignment;
	}

	private CaseRow officerCase(AccountPrincipal officer, long applicationId) {
		String agency = Staff.officerAgency(officer);
		return this.cases.find(applicationId)
			.filter((c) -> c.agencyCode().equals(agency))
			.orElseThrow(ReviewNotFoundException::new);
	}

	/** The assessor's declaration about a conflict of interest. */
	public enum Conflict {

		UNDECLARED, NONE, DECLARED;

		public String messageKey() {
			return "review.conflict." + name();
		}

	}

	/** Someone who can be assigned. */
	public record Assessor(long id, String displayName, String role) {
	}

	/** An assignment as the officer sees it; total is null until scored. */
	public record AssignmentRow(long id, long assessorId, String assessorName, Conflict conflict, Instant assignedAt,
			Integer total) {

		public boolean scored() {
			return this.total != null;
		}

	}

	/** An assignment as its assessor sees it. */
	public record MyAssignment(long id, long applicationId, String reference, String organisationName,
			String organisationOid, String title, int callYear, int round, Conflict conflict, Instant assignedAt,
			Stage stage, boolean scored) {
	}

	/** The assessor's points and comments so far; version null before the first save. */
	public record ScoreSheet(MyAssignment assignment, Map<Criterion, Integer> points, Map<Criterion, String> comments,
			Long version) {
	}

}
