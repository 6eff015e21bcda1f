package eu.ka122.planner.review;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.audit.AuditTrail;
import eu.ka122.planner.budget.RateTables;
import eu.ka122.planner.budget.domain.BudgetCategory;
import eu.ka122.planner.budget.domain.RateTable;
import eu.ka122.planner.drafting.Applications;
import eu.ka122.planner.drafting.ReviewOutcomes;
import eu.ka122.planner.drafting.Submissions;
import eu.ka122.planner.drafting.SubmittedApplication;
import eu.ka122.planner.estimate.Estimate;
import eu.ka122.planner.estimate.Estimates;
import eu.ka122.planner.review.domain.Assessment;
import eu.ka122.planner.review.domain.Candidate;
import eu.ka122.planner.review.domain.RankedCandidate;
import eu.ka122.planner.review.domain.Ranking;
import eu.ka122.planner.review.domain.RankingResult;
import eu.ka122.planner.review.domain.ScoreResult;
import eu.ka122.planner.review.domain.Scoring;
import eu.ka122.planner.review.persistence.CaseStore;
import eu.ka122.planner.shared.ApplicationPlan;
import eu.ka122.planner.shared.PlannedActivity;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ranking of a round against the agency's budget, the decision on each application
 * (approved with the requested or a reduced grant, reserve, rejected), the grant history
 * that decisions feed, and the outcome as the coordinator sees it.
 */
@Service
@Transactional
public class Decisions implements ReviewOutcomes {

	private static final int MAX_REASON = 2000;

	private final JdbcClient jdbc;

	private final CaseStore cases;

	private final CaseScores scores;

	private final Submissions submissions;

	private final Applications applications;

	private final Estimates estimates;

	private final RateTables rateTables;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	private final Ranking ranking = new Ranking();

	private final Scoring scoring = new Scoring();

	Decisions(JdbcClient jdbc, CaseStore cases, CaseScores scores, Submissions submissions, Applications applications,
			Estimates estimates, RateTables rateTables, AuditTrail audit, ApplicationEventPublisher events,
			JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.scores = scores;
		this.submissions = submissions;
		this.applications = applications;
		this.estimates = estimates;
		this.rateTables = rateTables;
		this.audit = audit;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	// ranking

	/** The agency's budget for the round, or empty before the officer entered one. */
	@Transactional(readOnly = true)
	public Optional<BigDecimal> budget(AccountPrincipal officer, int callYear, int round) {
		return this.jdbc
			.sql("select available from review_budget where agency_code = ? and call_year = ? and round = ?")
			.params(Staff.officerAgency(officer), callYear, round)
			.query(BigDecimal.class)
			.optional();
	}

	public void setBudget(AccountPrincipal officer, int callYear, int round, BigDecimal available) {
		String agency = Staff.officerAgency(officer);
		if (available == null || available.signum() < 0) {
			throw new ReviewException("review.error.budget");
		}
		Optional<BigDecimal> before = budget(officer, callYear, round);
		this.jdbc
			.sql("""
					insert into review_budget (agency_code, call_year, round, available, updated_by, updated_at)
					values (?, ?, ?, ?, ?, ?)
					on conflict (agency_code, call_year, round) do update
					set available = excluded.available, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
			.params(agency, callYear, round, available, officer.getUsername(), Timestamp.from(this.clock.instant()))
			.update();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("callYear", callYear);
		details.put("round", round);
		before.ifPresent((b) -> details.put("before", b));
		details.put("after", available);
		this.audit.record(officer.getUsername(), "review.budgetSet", "agency", agency, details);
	}

	/**
	 * The round's ranking: fundable applications by score with the Guide's tie-breaks,
	 * funded down to the budget, then the reserve list, then the rejected ones. Without a
	 * budget every fundable application is on the reserve list.
	 */
	@Transactional(readOnly = true)
	public RankingView ranking(AccountPrincipal officer, int callYear, int round) {
		String agency = Staff.officerAgency(officer);
		Optional<BigDecimal> budget = budget(officer, callYear, round);
		List<CaseRow> rows = this.cases.round(agency, callYear, round);
		Map<Long, List<Assessment>> assessments = assessmentsOfRound(agency, callYear, round);
		Map<String, CaseRow> byReference = new HashMap<>();
		List<Candidate> candidates = new ArrayList<>();
		for (CaseRow row : rows) {
			byReference.put(row.reference(), row);
			ScoreResult score = this.scoring.score(assessments.getOrDefault(row.applicationId(), List.of()))
				.orElse(null);
			candidates.add(new Candidate(row.reference(), row.requestedTotal(), score, row.eligible(), row.newcomer(),
					row.longTermPupils(), row.fewerOpportunities()));
		}
		RankingResult result = this.ranking.rank(candidates, budget.orElse(BigDecimal.ZERO));
		List<RankingView.Line> lines = result.entries()
			.stream()
			.map((entry) -> new RankingView.Line(entry, byReference.get(entry.applicationId())))
			.toList();
		return new RankingView(callYear, round, budget.orElse(null), result.fundedTotal(), lines);
	}

	private Map<Long, List<Assessment>> assessmentsOfRound(String agency, int callYear, int round) {
		Map<Long, List<Assessment>> byCase = new HashMap<>();
		this.jdbc.sql("""
				select ra.application_id, ra.assessor_id, a.relevance, a.project_design, a.follow_up
				from review_assessment a join review_assignment ra on ra.id = a.assignment_id
				join review_case c on c.application_id = ra.application_id
				where c.agency_code = ? and c.call_year = ? and c.round = ? and ra.conflict = 'NONE'
				order by ra.id""").params(agency, callYear, round).query((rs) -> {
			byCase.computeIfAbsent(rs.getLong("application_id"), (k) -> new ArrayList<>())
				.add(Assessment.of(String.valueOf(rs.getLong("assessor_id")), rs.getInt("relevance"),
						rs.getInt("project_design"), rs.getInt("follow_up")));
		});
		return byCase;
	}

	// decisions

	/**
	 * What the decision form shows: the case, its activities and the current decision.
	 */
	@Transactional(readOnly = true)
	public DecisionSheet sheet(AccountPrincipal officer, long applicationId) {
		CaseRow row = officerCase(officer, applicationId);
		SubmittedApplication submission = this.submissions.find(applicationId)
			.orElseThrow(ReviewNotFoundException::new);
		return new DecisionSheet(row, submission.plan().activities(), current(applicationId).orElse(null),
				decidable(row));
	}

	/**
	 * The grant with the given activities removed or shortened, computed by the budget
	 * service with the rate-table version of the submission, next to the requested one.
	 */
	@Transactional(readOnly = true)
	public Award award(AccountPrincipal officer, long applicationId, List<ActivityChange> changes) {
		officerCase(officer, applicationId);
		SubmittedApplication submission = this.submissions.find(applicationId)
			.orElseThrow(ReviewNotFoundException::new);
		return award(submission, changes);
	}

	private Award award(SubmittedApplication submission, List<ActivityChange> changes) {
		RateTable table = this.rateTables.published(submission.callYear(), submission.rateTableVersion())
			.orElseThrow(() -> new IllegalStateException("rate table " + submission.callYear() + " v"
					+ submission.rateTableVersion() + " of a submission is missing"));
		List<PlannedActivity> requested = submission.plan().activities();
		Map<Integer, ActivityChange> byIndex = new HashMap<>();
		changes.forEach((c) -> byIndex.put(c.index(), c));
		List<PlannedActivity> kept = new ArrayList<>();
		List<Award.ActivityAward> activities = new ArrayList<>();
		for (int i = 0; i < requested.size(); i++) {
			PlannedActivity activity = requested.get(i);
			ActivityChange change = byIndex.getOrDefault(i, new ActivityChange(i, true, activity.durationDays()));
			int days = change.days() == null ? activity.durationDays() : change.days();
			if (change.keep() && (days < 1 || days > activity.durationDays())) {
				throw new ReviewException("review.error.days", i + 1, activity.durationDays());
			}
			if (change.keep()) {
				kept.add(days == activity.durationDays() ? activity : activity.withDurationDays(days));
			}
			activities.add(new Award.ActivityAward(i, activity, change.keep(), change.keep() ? days : 0));
		}
		if (kept.isEmpty()) {
			throw new ReviewException("review.error.keepOne");
		}
		ApplicationPlan plan = submission.plan();
		Estimate before = this.estimates.estimate(plan, table, submission.agencyCode(), UnaryOperator.identity());
		Estimate after = this.estimates.estimate(plan.withActivities(kept), table, submission.agencyCode(),
				UnaryOperator.identity());
		return new Award(submission.rateTableVersion(), before.breakdown().totals(), after.breakdown().totals(),
				before.breakdown().total(), after.breakdown().total(), activities);
	}

	/**
	 * Confirms the officer's decision.
	 * @param version the version of the decision the form showed; null when it showed
	 * none
	 * @throws ReviewConflictException when another officer decided since
	 */
	public void decide(AccountPrincipal officer, long applicationId, Long version, DecisionOutcome outcome,
			List<ActivityChange> changes, String reason) {
		String agency = Staff.officerAgency(officer);
		CaseRow row = this.cases.lock(applicationId)
			.filter((c) -> c.agencyCode().equals(agency))
			.orElseThrow(ReviewNotFoundException::new);
		Optional<CurrentDecision> before = current(applicationId);
		if (!java.util.Objects.equals(version, before.map(CurrentDecision::version).orElse(null))) {
			throw new ReviewConflictException();
		}
		if (row.stage() == Stage.WITHDRAWN) {
			throw new ReviewException("review.error.closed");
		}
		if (outcome == null) {
			throw new ReviewException("review.error.outcome");
		}
		if (outcome != DecisionOutcome.REJECTED && !decidable(row)) {
			throw new ReviewException("review.error.notFundable");
		}
		String why = reason == null ? "" : reason.strip();
		if (why.length() > MAX_REASON) {
			throw new ReviewException("review.error.reasonLength", MAX_REASON);
		}
		Award award = null;
		if (outcome == DecisionOutcome.APPROVED) {
			award = award(this.submissions.find(applicationId).orElseThrow(), changes);
			if (award.reduced() && why.isEmpty()) {
				throw new ReviewException("review.error.reasonReduced");
			}
		}
		else if (outcome == DecisionOutcome.REJECTED && why.isEmpty()) {
			throw new ReviewException("review.error.reasonRejected");
		}
		BigDecimal awarded = award == null ? null : award.awardedTotal();
		String details = award == null ? null : this.json.writeValueAsString(award.record());
		Timestamp now = Timestamp.from(this.clock.instant());
		int changed;
		if (before.isEmpty()) {
			try {
				changed = this.jdbc
					.sql("""
							insert into review_decision (application_id, outcome, awarded_total, awarded, reason, decided_by,
							    decided_at) values (?, ?, ?, cast(? as jsonb), ?, ?, ?)""")
					.params(applicationId, outcome.name(), awarded, details, why.isEmpty() ? null : why,
							officer.getUsername(), now)
					.update();
			}
			catch (DuplicateKeyException ex) {
				throw new ReviewConflictException();
			}
		}
		else {
			changed = this.jdbc.sql("""
					update review_decision set outcome = ?, awarded_total = ?, awarded = cast(? as jsonb), reason = ?,
					    decided_by = ?, decided_at = ?, version = version + 1
					where application_id = ? and version = ?""")
				.params(outcome.name(), awarded, details, why.isEmpty() ? null : why, officer.getUsername(), now,
						applicationId, version)
				.update();
		}
		if (changed == 0) {
			throw new ReviewConflictException();
		}
		grant(row, outcome == DecisionOutcome.APPROVED, officer);
		Map<String, Object> audit = new LinkedHashMap<>();
		before.ifPresent((b) -> audit.put("before",
				Map.of("outcome", b.outcome().name(), "awardedTotal", String.valueOf(b.awardedTotal()))));
		audit.put("after", Map.of("outcome", outcome.name(), "awardedTotal", String.valueOf(awarded)));
		audit.put("reason", why);
		this.audit.record(officer.getUsername(), "review.decided", "application", applicationId, audit);
		this.scores.refresh(applicationId);
		this.events.publishEvent(
				new ApplicationDecided(applicationId, row.reference(), row.organisationId(), outcome, awarded));
	}

	/**
	 * An approved application is a grant of its organisation; any other decision is not.
	 */
	private void grant(CaseRow row, boolean approved, AccountPrincipal officer) {
		if (approved) {
			this.jdbc.sql("""
					insert into organisation_grant (organisation_id, call_year, round, source, note, application_id,
					    recorded_by) values (?, ?, ?, 'DECISION', ?, ?, ?) on conflict (application_id) do nothing""")
				.params(row.organisationId(), row.callYear(), row.round(), row.reference(), row.applicationId(),
						officer.getUsername())
				.update();
		}
		else {
			this.jdbc.sql("delete from organisation_grant where application_id = ? and source = 'DECISION'")
				.param(row.applicationId())
				.update();
		}
	}

	/** Approval and the reserve list are for fundable applications only. */
	private static boolean decidable(CaseRow row) {
		return row.eligible() && Boolean.TRUE.equals(row.fundable()) && row.stage() != Stage.THIRD_NEEDED
				&& row.stage() != Stage.WITHDRAWN;
	}

	private Optional<CurrentDecision> current(long applicationId) {
		return this.jdbc.sql("""
				select outcome, awarded_total, awarded::text as awarded, reason, decided_by, decided_at, version
				from review_decision where application_id = ?""")
			.param(applicationId)
			.query((rs, n) -> new CurrentDecision(DecisionOutcome.valueOf(rs.getString("outcome")),
					rs.getBigDecimal("awarded_total"), rs.getString("awarded"), rs.getString("reason"),
					rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant(), rs.getLong("version")))
			.optional();
	}

	// what the coordinator sees

	/**
	 * The decision on one of the coordinator's applications, with the final scores and
	 * the assessors' comments (never their names); empty before a decision.
	 */
	@Transactional(readOnly = true)
	public Optional<CoordinatorOutcome> outcome(AccountPrincipal coordinator, long applicationId) {
		this.applications.checkAccess(coordinator, applicationId);
		CaseRow row = this.cases.find(applicationId).orElse(null);
		Optional<CurrentDecision> decision = current(applicationId);
		if (row == null || decision.isEmpty()) {
			return Optional.empty();
		}
		List<Assessment> assessments = this.scores.assessments(applicationId);
		Map<BudgetCategory, BigDecimal> requested = new EnumMap<>(BudgetCategory.class);
		Map<BudgetCategory, BigDecimal> granted = new EnumMap<>(BudgetCategory.class);
		if (decision.get().awarded() != null) {
			Map<?, ?> awarded = this.json.readValue(decision.get().awarded(), Map.class);
			for (BudgetCategory category : BudgetCategory.values()) {
				requested.put(category, amount(awarded.get("requested"), category));
				granted.put(category, amount(awarded.get("awarded"), category));
			}
		}
		return Optional.of(new CoordinatorOutcome(row, decision.get(), assessments, requested, granted));
	}

	private static BigDecimal amount(Object totals, BudgetCategory category) {
		return new BigDecimal(String.valueOf(((Map<?, ?>) totals).get(category.name())));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Outcome> outcomes(Collection<Long> applicationIds) {
		if (applicationIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Outcome> outcomes = new HashMap<>();
		this.jdbc
			.sql("select application_id, outcome, awarded_total from review_decision where application_id in (:ids)")
			.param("ids", applicationIds)
			.query((rs) -> {
				outcomes.put(rs.getLong(1), new Outcome(rs.getString(2), rs.getBigDecimal(3)));
			});
		return outcomes;
	}

	// grant history

	/** The KA122 grants of an organisation of the officer's country, oldest first. */
	@Transactional(readOnly = true)
	public GrantHistory grants(AccountPrincipal officer, long organisationId) {
		Organisation organisation = organisationOfCountry(officer, organisationId);
		List<Grant> grants = this.jdbc.sql("""
				select id, call_year, round, source, note, recorded_by, created_at from organisation_grant
				where organisation_id = ? order by call_year, round, id""")
			.param(organisationId)
			.query((rs, n) -> new Grant(rs.getLong("id"), rs.getInt("call_year"), rs.getInt("round"),
					rs.getString("source"), rs.getString("note"), rs.getString("recorded_by"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
		return new GrantHistory(organisation, grants);
	}

	/** Records an earlier grant the organisation received outside this system. */
	public void recordGrant(AccountPrincipal officer, long organisationId, int callYear, int round, String note) {
		organisationOfCountry(officer, organisationId);
		int currentYear = this.clock.instant().atZone(java.time.ZoneOffset.UTC).getYear();
		if (callYear < 2014 || callYear > currentYear + 1) {
			throw new ReviewException("review.error.grantYear", 2014, currentYear + 1);
		}
		if (round != 1 && round != 2) {
			throw new ReviewException("review.error.grantRound");
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > 500) {
			throw new ReviewException("review.error.noteLength", 500);
		}
		long id = this.jdbc
			.sql("""
					insert into organisation_grant (organisation_id, call_year, round, source, note, recorded_by, created_at)
					values (?, ?, ?, 'MANUAL', ?, ?, ?) returning id""")
			.params(organisationId, callYear, round, text, officer.getUsername(), Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		this.audit.record(officer.getUsername(), "grant.recorded", "organisation", organisationId,
				Map.of("grant", id, "callYear", callYear, "round", round));
	}

	/** An organisation of the officer's agency's country found by its OID. */
	@Transactional(readOnly = true)
	public Optional<Organisation> organisationByOid(AccountPrincipal officer, String oid) {
		Staff.officerAgency(officer);
		if (oid == null) {
			return Optional.empty();
		}
		return organisationOfAgencyCountry("o.oid = ?", oid.strip().toUpperCase(java.util.Locale.ROOT),
				officer.agencyCode());
	}

	private Organisation organisationOfCountry(AccountPrincipal officer, long organisationId) {
		return organisationOfAgencyCountry("o.id = ?", organisationId, Staff.officerAgency(officer))
			.orElseThrow(ReviewNotFoundException::new);
	}

	/** The organisation the condition names, if it is of the agency's country. */
	private Optional<Organisation> organisationOfAgencyCountry(String condition, Object key, String agency) {
		return this.jdbc
			.sql("select o.id, o.oid, o.legal_name, o.country from organisation o where " + condition
					+ " and o.country = (select country from national_agency where code = ?)")
			.params(key, agency)
			.query((rs, n) -> new Organisation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.optional();
	}

	private CaseRow officerCase(AccountPrincipal officer, long applicationId) {
		String agency = Staff.officerAgency(officer);
		return this.cases.find(applicationId)
			.filter((c) -> c.agencyCode().equals(agency))
			.orElseThrow(ReviewNotFoundException::new);
	}

	/** Keep or remove an activity, and the days it keeps (at most the requested ones). */
	public record ActivityChange(int index, boolean keep, Integer days) {
	}

	/** The decision in force. */
	public record CurrentDecision(DecisionOutcome outcome, BigDecimal awardedTotal, String awarded, String reason,
			String decidedBy, Instant decidedAt, long version) {

		public java.time.ZonedDateTime decidedInBrussels() {
			return this.decidedAt.atZone(java.time.ZoneId.of("Europe/Brussels"));
		}

	}

	/**
	 * The decision form's content.
	 *
	 * @param decidable whether the application may be approved or put on the reserve list
	 */
	public record DecisionSheet(CaseRow row, List<PlannedActivity> activities, CurrentDecision decision,
			boolean decidable) {
	}

	/** Requested and awarded grants per category, and what happened to each activity. */
	public record Award(int rateTableVersion, Map<BudgetCategory, BigDecimal> requested,
			Map<BudgetCategory, BigDecimal> awarded, BigDecimal requestedTotal, BigDecimal awardedTotal,
			List<ActivityAward> activities) {

		public boolean reduced() {
			return this.awardedTotal.compareTo(this.requestedTotal) != 0;
		}

		public BigDecimal difference() {
			return this.awardedTotal.subtract(this.requestedTotal);
		}

		Map<String, Object> record() {
			Map<String, Object> record = new LinkedHashMap<>();
			record.put("rateTableVersion", this.rateTableVersion);
			record.put("requestedTotal", this.requestedTotal);
			record.put("awardedTotal", this.awardedTotal);
			record.put("requested", names(this.requested));
			record.put("awarded", names(this.awarded));
			record.put("activities",
					this.activities.stream()
						.map((a) -> Map.of("index", a.index(), "kept", a.kept(), "requestedDays",
								a.activity().durationDays(), "awardedDays", a.days()))
						.toList());
			return record;
		}

		private static Map<String, BigDecimal> names(Map<BudgetCategory, BigDecimal> totals) {
			Map<String, BigDecimal> named = new LinkedHashMap<>();
			totals.forEach((category, amount) -> named.put(category.name(), amount));
			return named;
		}

		/** One activity: kept with its days, or removed (days 0). */
		public record ActivityAward(int index, PlannedActivity activity, boolean kept, int days) {

			public boolean shortened() {
				return this.kept && this.days < this.activity.durationDays();
			}

		}

	}

	/** The ranking of a round with each line's case. */
	public record RankingView(int callYear, int round, BigDecimal budget, BigDecimal fundedTotal, List<Line> lines) {

		public BigDecimal remaining() {
			return this.budget == null ? null : this.budget.subtract(this.fundedTotal);
		}

		/** A ranked (or rejected) application. */
		public record Line(RankedCandidate entry, CaseRow row) {
		}

	}

	/** The outcome page of the coordinator. */
	public record CoordinatorOutcome(CaseRow row, CurrentDecision decision, List<Assessment> assessments,
			Map<BudgetCategory, BigDecimal> requested, Map<BudgetCategory, BigDecimal> awarded) {
	}

	/** An organisation as the grant history shows it. */
	public record Organisation(long id, String oid, String legalName, String country) {
	}

	/** An organisation's KA122 grants. */
	public record GrantHistory(Organisation organisation, List<Grant> grants) {
	}

	/** One grant: from a decision of this system or recorded by hand. */
	public record Grant(long id, int callYear, int round, String source, String note, String recordedBy,
			Instant recordedAt) {
	}

}
