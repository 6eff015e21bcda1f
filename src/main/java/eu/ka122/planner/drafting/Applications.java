package eu.ka122.planner.drafting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.accounts.Accounts;
import eu.ka122.planner.accounts.OrganisationView;
import eu.ka122.planner.audit.AuditTrail;
import eu.ka122.planner.budget.Budgets;
import eu.ka122.planner.budget.RateTables;
import eu.ka122.planner.calls.CallRound;
import eu.ka122.planner.calls.Calls;
import eu.ka122.planner.drafting.persistence.ActivityEntity;
import eu.ka122.planner.drafting.persistence.ApplicationEntity;
import eu.ka122.planner.drafting.persistence.ApplicationRepository;
import eu.ka122.planner.drafting.persistence.ObjectiveEntity;
import eu.ka122.planner.eligibility.domain.ApplicantFacts;
import eu.ka122.planner.eligibility.domain.PreviousGrant;
import eu.ka122.planner.eligibility.domain.ProjectFacts;
import eu.ka122.planner.eligibility.domain.Severity;
import eu.ka122.planner.eligibility.domain.SubmissionFacts;
import eu.ka122.planner.estimate.Estimate;
import eu.ka122.planner.estimate.EstimateTexts;
import eu.ka122.planner.estimate.Estimates;
import eu.ka122.planner.shared.ApplicationPlan;
import eu.ka122.planner.shared.PlannedActivity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drafting module's API. Every method takes the signed-in user and finds applications
 * only within the user's organisation; every change checks that the application is still
 * an editable draft and records an audit event.
 */
@Service
@Transactional
public class Applications {

	/**
	 * Checked with the real declaration at submission; on draft pages it would only state
	 * the obvious.
	 */
	static final String DECLARATION_RULE = "APP-DECLARATION";

	private final ApplicationRepository repository;

	private final Accounts accounts;

	private final Estimates estimates;

	private final EstimateTexts texts;

	private final Calls calls;

	private final RateTables rateTables;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final MessageSource messages;

	private final ObjectProvider<ReviewOutcomes> reviewOutcomes;

	private final Budgets budgets;

	@PersistenceContext
	private EntityManager entityManager;

	Applications(ApplicationRepository repository, Accounts accounts, Estimates estimates, EstimateTexts texts,
			Calls calls, RateTables rateTables, AuditTrail audit, ApplicationEventPublisher events, JdbcClient jdbc,
			JsonMapper json, Clock clock, MessageSource messages, ObjectProvider<ReviewOutcomes> reviewOutcomes,
			Budgets budgets) {
		this.budgets = budgets;
		this.repository = repository;
		this.accounts = accounts;
		this.estimates = estimates;
		this.texts = texts;
		this.calls = calls;
		this.rateTables = rateTables;
		this.audit = audit;
		this.events = events;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.messages = messages;
		this.reviewOutcomes = reviewOutcomes;
	}

	/**
	 * The organisation's applications, newest call first: one query whatever their
	 * number.
	 */
	@Transactional(readOnly = true)
	public List<ApplicationSummary> dashboard(AccountPrincipal user) {
		return this.jdbc.sql("""
				select a.id, a.call_year, a.round, a.agency_code, a.status, a.title, a.reference, s.requested_total,
				       a.updated_at, a.submitted_at
				from application a left join application_submission s on s.application_id = a.id
				where a.organisation_id = ?
				order by a.call_year desc, a.round desc, a.id desc""")
			.param(organisationOf(user))
			.query((rs, n) -> new ApplicationSummary(rs.getLong("id"), rs.getInt("call_year"), rs.getInt("round"),
					rs.getString("agency_code"), ApplicationStatus.valueOf(rs.getString("status")),
					rs.getString("title"), rs.getString("reference"), rs.getBigDecimal("requested_total"),
					rs.getTimestamp("updated_at").toInstant(),
					rs.getTimestamp("submitted_at") == null ? null : rs.getTimestamp("submitted_at").toInstant()))
			.list();
	}

	/**
	 * The agency's decisions on the given applications, by id; none before a decision.
	 */
	@Transactional(readOnly = true)
	public Map<Long, ReviewOutcomes.Outcome> outcomes(List<ApplicationSummary> applications) {
		ReviewOutcomes outcomes = this.reviewOutcomes.getIfAvailable();
		List<Long> submitted = applications.stream()
			.filter((a) -> a.status() == ApplicationStatus.SUBMITTED)
			.map(ApplicationSummary::id)
			.toList();
		return (outcomes == null || submitted.isEmpty()) ? Map.of() : outcomes.outcomes(submitted);
	}

	/** Rounds still open for the user's agency that have a published rate table. */
	@Transactional(readOnly = true)
	public List<OpenRound> openRounds(AccountPrincipal user) {
		String agency = agencyOf(user);
		Instant now = this.clock.instant();
		List<OpenRound> open = new ArrayList<>();
		for (int year : this.rateTables.callYears()) {
			if (this.rateTables.current(year).isEmpty()) {
				continue;
			}
			for (CallRound round : this.calls.rounds(year)) {
				boolean roundOpen = round.round() == 1 || this.calls.round2Open(year, agency);
				if (roundOpen && round.deadline().isAfter(now)) {
					open.add(new OpenRound(year, round.round(), round.deadline()));
				}
			}
		}
		// The nearest deadline first: it is the one the form offers by default.
		open.sort(java.util.Comparator.comparing(OpenRound::deadline));
		return open;
	}

	public long create(AccountPrincipal user, int callYear, int round) {
		boolean open = openRounds(user).stream().anyMatch((r) -> r.callYear() == callYear && r.round() == round);
		if (!open) {
			throw new DraftingException("drafting.error.roundClosed", callYear, round);
		}
		ApplicationEntity application = this.repository
			.save(new ApplicationEntity(organisationOf(user), agencyOf(user), callYear, round, this.clock.instant()));
		record(user, "application.created", application, Map.of("callYear", callYear, "round", round));
		return application.getId();
	}

	/**
	 * The application with its estimate, for the pages; another organisation's id is not
	 * found.
	 */
	@Transactional(readOnly = true)
	public Draft load(AccountPrincipal user, long id) {
		ApplicationEntity a = get(user, id);
		Estimate estimate = estimate(a);
		return new Draft(a.getId(), a.getVersion(), a.getCallYear(), a.getRound(), a.getAgencyCode(), a.getStatus(),
				a.getReference(), deadline(a), editable(a), a.getTitle(), a.getProjectStart(), a.getDurationMonths(),
				a.getLanguage(), a.getBackground(), a.getFollowUpIntegration(), a.getFollowUpEvaluation(),
				a.getFollowUpDissemination(), a.getFollowUpVisibility(), a.isPriorityInclusion(),
				a.isPriorityEnvironment(), a.isPriorityDigital(), a.isPriorityParticipation(), a.getEtwinning(),
				a.getFinancialGuaranteeCosts(), a.getLegalRepresentative(),
				a.getObjectives()
					.stream()
					.map((o) -> new Draft.Objective(o.getId(), o.getPosition() + 1, o.getText()))
					.toList(),
				a.getActivities()
					.stream()
					.map((x) -> new Draft.Activity(x.getId(), x.getPosition(), x.toPlanned(), x.getOriginCity(),
							x.getObjectives()
								.stream()
								.map(ObjectiveEntity::getId)
								.collect(java.util.stream.Collectors.toSet())))
					.toList(),
				estimate);
	}

	@Transactional(readOnly = true)
	ApplicationEntity get(AccountPrincipal user, long id) {
		return this.repository.findByIdAndOrganisationId(id, organisationOf(user))
			.orElseThrow(ApplicationNotFoundException::new);
	}

	/** Whether the application can still change: a draft whose round has not closed. */
	boolean editable(ApplicationEntity application) {
		return application.getStatus() == ApplicationStatus.DRAFT && !deadlinePassed(application);
	}

	Instant deadline(ApplicationEntity application) {
		return this.calls.round(application.getCallYear(), application.getRound())
			.map(CallRound::deadline)
			.orElseThrow(() -> new DraftingException("drafting.error.roundClosed", application.getCallYear(),
					application.getRound()));
	}

	public void updateContext(AccountPrincipal user, long id, long version, LocalDate projectStart,
			Integer durationMonths, String language) {
		ApplicationEntity application = editableDraft(user, id, version);
		application.setProjectStart(projectStart);
		application.setDurationMonths(durationMonths);
		application.setLanguage(language);
		saved(user, application, "context");
	}

	public void updateDescription(AccountPrincipal user, long id, long version, String title, String background,
			List<String> objectives) {
		ApplicationEntity application = editableDraft(user, id, version);
		application.setTitle(title);
		application.setBackground(background);
		List<ObjectiveEntity> existing = application.getObjectives();
		List<String> texts = objectives.stream().filter((t) -> t != null && !t.isBlank()).map(String::trim).toList();
		// Objectives keep their identity by position, so the activities linked to them
		// stay linked.
		for (int i = 0; i < texts.size(); i++) {
			if (i < existing.size()) {
				existing.get(i).setText(texts.get(i));
			}
			else {
				existing.add(new ObjectiveEntity(application, texts.get(i)));
			}
		}
		while (existing.size() > texts.size()) {
			ObjectiveEntity removed = existing.remove(existing.size() - 1);
			application.getActivities().forEach((a) -> a.getObjectives().remove(removed));
		}
		application.renumber();
		saved(user, application, "description");
	}

	public void updateFollowUp(AccountPrincipal user, long id, long version, FollowUp followUp) {
		ApplicationEntity application = editableDraft(user, id, version);
		application.setFollowUpIntegration(followUp.integration());
		application.setFollowUpEvaluation(followUp.evaluation());
		application.setFollowUpDissemination(followUp.dissemination());
		application.setFollowUpVisibility(followUp.visibility());
		application.setPriorityInclusion(followUp.inclusion());
		application.setPriorityEnvironment(followUp.environment());
		application.setPriorityDigital(followUp.digital());
		application.setPriorityParticipation(followUp.participation());
		application.setEtwinning(followUp.etwinning());
		application.setFinancialGuaranteeCosts(followUp.financialGuaranteeCosts());
		saved(user, application, "followUp");
	}

	/**
	 * Adds ({@code activityId} null) or changes an activity row; returns its index in the
	 * application.
	 */
	public int saveActivity(AccountPrincipal user, long id, Long activityId, long version, PlannedActivity row,
			String originCity, Set<Long> objectiveIds) {
		ApplicationEntity application = editableDraft(user, id, version);
		ActivityEntity activity;
		if (activityId == null) {
			activity = new ActivityEntity(application);
			application.getActivities().add(activity);
		}
		else {
			activity = activity(application, activityId);
		}
		activity.apply(row, originCity);
		activity.getObjectives().clear();
		application.getObjectives()
			.stream()
			.filter((o) -> objectiveIds.contains(o.getId()))
			.forEach(activity.getObjectives()::add);
		saved(user, application, (activityId == null) ? "activity.added" : "activity.changed");
		return activity.getPosition();
	}

	public void duplicateActivity(AccountPrincipal user, long id, long activityId, long version) {
		ApplicationEntity application = editableDraft(user, id, version);
		ActivityEntity original = activity(application, activityId);
		ActivityEntity copy = new ActivityEntity(application);
		copy.apply(original.toPlanned(), original.getOriginCity());
		copy.getObjectives().addAll(original.getObjectives());
		application.getActivities().add(original.getPosition() + 1, copy);
		application.renumber();
		saved(user, application, "activity.duplicated");
	}

	public void removeActivity(AccountPrincipal user, long id, long activityId, long version) {
		ApplicationEntity application = editableDraft(user, id, version);
		application.getActivities().remove(activity(application, activityId));
		application.renumber();
		saved(user, application, "activity.removed");
	}

	/**
	 * The budget and every finding, with all facts the rules can use; the declaration
	 * waits for submission.
	 */
	Estimate estimate(ApplicationEntity application) {
		return estimate(application, new SubmissionFacts(this.clock.instant(), true, "-"), true);
	}

	/**
	 * Submits once: a second request (double click, back button, retry) finds the
	 * application submitted and gets the same reference.
	 */
	public String submit(AccountPrincipal user, long id, String legalRepresentative, boolean declarationAccepted) {
		// Two drafts of one organisation submitted at the same moment would both pass
		// APP-ONE-PER-ROUND and the loser would hit the unique index. One submission per
		// organisation at a time: the second waits, then sees the first and is refused
		// by the rule like any later one.
		this.jdbc.sql("select 1 from pg_advisory_xact_lock(hashtextextended('application.submit:' || ?, 0))")
			.param(organisationOf(user))
			.query(Integer.class)
			.single();
		ApplicationEntity application = this.repository.findForUpdate(id, organisationOf(user))
			.orElseThrow(ApplicationNotFoundException::new);
		if (application.getStatus() == ApplicationStatus.SUBMITTED) {
			return application.getReference();
		}
		if (application.getStatus() != ApplicationStatus.DRAFT) {
			throw new DraftingException("drafting.error.readOnly");
		}
		Instant now = this.clock.instant();
		application.setLegalRepresentative(legalRepresentative == null ? null : legalRepresentative.trim());
		application.setDeclarationAccepted(declarationAccepted);
		Estimate estimate = estimate(application,
				new SubmissionFacts(now, declarationAccepted, application.getLegalRepresentative()), false);
		if (!estimate.submittable()) {
			throw new SubmissionRefusedException(estimate);
		}
		String reference = String.format(Locale.ROOT, "%d-%d-%s-KA122-SCH-%09d", application.getCallYear(),
				application.getRound(), application.getAgencyCode(), this.repository.nextReferenceNumber());
		application.submit(reference, now);
		this.repository.flush();
		this.jdbc.sql("""
				insert into application_submission (application_id, reference, snapshot, rate_table_version,
				    requested_total, submitted_at, submitted_by)
				values (?, ?, cast(? as jsonb), ?, ?, ?, ?)""")
			.params(application.getId(), reference, this.json.writeValueAsString(snapshot(application, estimate)),
					estimate.rateTableVersion(), estimate.breakdown().total(), java.sql.Timestamp.from(now), user.id())
			.update();
		record(user, "application.submitted", application,
				Map.of("reference", reference, "requestedTotal", estimate.breakdown().total()));
		this.events.publishEvent(new ApplicationSubmitted(application.getId(), reference,
				application.getOrganisationId(), application.getAgencyCode(), application.getCallYear(),
				application.getRound(), estimate.breakdown().total(), now));
		return reference;
	}

	/** The frozen snapshot of a submitted application, as JSON. */
	@Transactional(readOnly = true)
	public String snapshot(AccountPrincipal user, long id) {
		get(user, id);
		return this.jdbc.sql("select snapshot::text from application_submission where application_id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.orElseThrow(ApplicationNotFoundException::new);
	}

	/**
	 * Withdraws a submitted application before a decision; the organisation may then
	 * submit again.
	 */
	public void withdraw(AccountPrincipal user, long id) {
		ApplicationEntity application = this.repository.findForUpdate(id, organisationOf(user))
			.orElseThrow(ApplicationNotFoundException::new);
		if (application.getStatus() != ApplicationStatus.SUBMITTED) {
			throw new DraftingException("drafting.error.notSubmitted");
		}
		ReviewOutcomes outcomes = this.reviewOutcomes.getIfAvailable();
		if (outcomes != null && outcomes.decided(id)) {
			throw new DraftingException("drafting.error.decided");
		}
		Instant now = this.clock.instant();
		application.withdraw(now);
		record(user, "application.withdrawn", application, Map.of("reference", application.getReference()));
		this.events.publishEvent(new ApplicationWithdrawn(application.getId(), application.getReference(), now));
	}

	@Transactional(readOnly = true)
	public OrganisationView organisation(AccountPrincipal user) {
		return this.accounts.organisation(organisationOf(user)).orElseThrow();
	}

	/**
	 * Fails with {@link ApplicationNotFoundException} unless the application is the
	 * user's organisation's.
	 */
	@Transactional(readOnly = true)
	public void checkAccess(AccountPrincipal user, long id) {
		get(user, id);
	}

	/** Whether the application has objectives yet (an activity must then serve one). */
	@Transactional(readOnly = true)
	public boolean hasObjectives(AccountPrincipal user, long id) {
		return !get(user, id).getObjectives().isEmpty();
	}

	@Transactional(readOnly = true)
	public List<PreviousGrant> grants(long organisationId) {
		return this.jdbc
			.sql("select call_year, round from organisation_grant where organisation_id = ? order by call_year, round")
			.param(organisationId)
			.query((rs, n) -> new PreviousGrant(rs.getInt("call_year"), rs.getInt("round")))
			.list();
	}

	/**
	 * What the application would look like with this row added ({@code activityId} null)
	 * or changed, without saving anything: the live preview of the activity form.
	 */
	@Transactional(readOnly = true)
	public Preview preview(AccountPrincipal user, long id, Long activityId, PlannedActivity row) {
		ApplicationEntity application = get(user, id);
		List<PlannedActivity> rows = new ArrayList<>(
				application.getActivities().stream().map(ActivityEntity::toPlanned).toList());
		int index = rows.size();
		if (activityId != null) {
			index = activity(application, activityId).getPosition();
			rows.set(index, row);
		}
		else {
			rows.add(row);
		}
		OrganisationView organisation = this.accounts.organisation(application.getOrganisationId()).orElseThrow();
		ApplicationPlan plan = plan(application, organisation.country()).withActivities(rows);
		return new Preview(index,
				estimate(application, plan, new SubmissionFacts(this.clock.instant(), true, "-"), true));
	}

	/** A preview estimate and the index of the previewed row. */
	public record Preview(int index, Estimate estimate) {
	}

	private Estimate estimate(ApplicationEntity application, SubmissionFacts submission, boolean hideDeclaration) {
		OrganisationView organisation = this.accounts.organisation(application.getOrganisationId()).orElseThrow();
		return estimate(application, plan(application, organisation.country()), submission, hideDeclaration);
	}

	private Estimate estimate(ApplicationEntity application, ApplicationPlan plan, SubmissionFacts submission,
			boolean hideDeclaration) {
		OrganisationView organisation = this.accounts.organisation(application.getOrganisationId()).orElseThrow();
		boolean otherSubmitted = this.jdbc
			.sql("select count(*) from application where organisation_id = ? and call_year = ? and round = ? "
					+ "and status = 'SUBMITTED' and id <> ?")
			.params(application.getOrganisationId(), application.getCallYear(), application.getRound(),
					application.getId())
			.query(Integer.class)
			.single() > 0;
		ApplicantFacts applicant = new ApplicantFacts(organisation.type(), organisation.accredited(),
				grants(application.getOrganisationId()), otherSubmitted);
		ProjectFacts project = new ProjectFacts(application.getProjectStart(), application.getDurationMonths());
		Estimate estimate = this.estimates.estimate(plan, application.getAgencyCode(),
				(input) -> input.withApplicant(applicant).withProject(project).withSubmission(submission));
		if (!hideDeclaration) {
			return estimate;
		}
		return new Estimate(estimate.plan(), estimate.agencyCode(), estimate.breakdown(),
				estimate.findings().stream().filter((f) -> !DECLARATION_RULE.equals(f.ruleId())).toList());
	}

	static ApplicationPlan plan(ApplicationEntity application, String applicantCountry) {
		return new ApplicationPlan(application.getCallYear(), application.getRound(), applicantCountry,
				application.getFinancialGuaranteeCosts(),
				application.getActivities().stream().map(ActivityEntity::toPlanned).toList());
	}

	private Map<String, Object> snapshot(ApplicationEntity application, Estimate estimate) {
		OrganisationView organisation = this.accounts.organisation(application.getOrganisationId()).orElseThrow();
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("reference", application.getReference());
		snapshot.put("callYear", application.getCallYear());
		snapshot.put("round", application.getRound());
		snapshot.put("nationalAgency", application.getAgencyCode());
		snapshot.put("organisation", organisation);
		snapshot.put("title", application.getTitle());
		snapshot.put("projectStart", String.valueOf(application.getProjectStart()));
		snapshot.put("durationMonths", application.getDurationMonths());
		snapshot.put("language", application.getLanguage());
		snapshot.put("background", application.getBackground());
		snapshot.put("objectives", application.getObjectives().stream().map(ObjectiveEntity::getText).toList());
		snapshot.put("followUp",
				Map.of("integration", nullToEmpty(application.getFollowUpIntegration()), "evaluation",
						nullToEmpty(application.getFollowUpEvaluation()), "dissemination",
						nullToEmpty(application.getFollowUpDissemination()), "visibility",
						nullToEmpty(application.getFollowUpVisibility())));
		snapshot.put("priorities",
				Map.of("inclusion", application.isPriorityInclusion(), "environment",
						application.isPriorityEnvironment(), "digital", application.isPriorityDigital(),
						"participation", application.isPriorityParticipation()));
		snapshot.put("etwinning", application.getEtwinning());
		snapshot.put("activities", application.getActivities().stream().map((a) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("activity", a.toPlanned());
			row.put("originCity", a.getOriginCity());
			row.put("objectives", a.getObjectives().stream().map(ObjectiveEntity::getPosition).sorted().toList());
			return row;
		}).toList());
		snapshot.put("budget", budget(estimate));
		snapshot.put("findings",
				estimate.findings()
					.stream()
					.map((f) -> Map.of("rule", f.ruleId(), "severity", f.severity().name(), "activityIndex",
							f.activityIndex() == null ? -1 : f.activityIndex(), "message",
							this.texts.finding(f, Locale.ENGLISH), "key", f.messageKey(), "args",
							SnapshotTexts.stored(f.args())))
					.toList());
		snapshot.put("legalRepresentative", application.getLegalRepresentative());
		// The declaration as the representative accepted it, frozen with the application.
		snapshot.put("declaration", Map.of("accepted", application.isDeclarationAccepted(), "text",
				this.messages.getMessage("drafting.check.declarationText", null, Locale.ENGLISH)));
		snapshot.put("submittedAt", application.getSubmittedAt().toString());
		return snapshot;
	}

	private Map<String, Object> budget(Estimate estimate) {
		var breakdown = estimate.breakdown();
		Map<String, Object> budget = new LinkedHashMap<>();
		budget.put("rateTableVersion", breakdown.rateTableVersion());
		budget.put("provisionalRates", breakdown.provisionalRates());
		budget.put("total", breakdown.total());
		budget.put("totals", breakdown.totals());
		budget.put("applicationLines",
				breakdown.applicationLines()
					.stream()
					.map((l) -> Map.of("category", l.category().name(), "amount", l.amount(), "explanation",
							this.texts.explanation(l.explanation(), Locale.ENGLISH), "key",
							l.explanation().messageKey(), "args", SnapshotTexts.stored(l.explanation().args())))
					.toList());
		budget.put("courseShare", breakdown.courseShare());
		budget.put("courseShareLimit", breakdown.courseShareLimit());
		budget.put("activities",
				breakdown.activities()
					.stream()
					.map((a) -> Map.of("index", a.index(), "total", a.total(), "lines", a.lines()
						.stream()
						.map((l) -> Map.of("category", l.category().name(), "amount", l.amount(), "explanation",
								this.texts.explanation(l.explanation(), Locale.ENGLISH), "key",
								l.explanation().messageKey(), "args", SnapshotTexts.stored(l.explanation().args())))
						.toList()))
					.toList());
		return budget;
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	private ApplicationEntity editableDraft(AccountPrincipal user, long id, long version) {
		// Locked, so that saves of one application take turns: a save that waited reads
		// the version its predecessor wrote and is refused as a conflict here, instead
		// of failing on the stale version when it commits.
		ApplicationEntity application = this.repository.findForUpdate(id, organisationOf(user))
			.orElseThrow(ApplicationNotFoundException::new);
		if (!editable(application)) {
			throw new DraftingException("drafting.error.readOnly");
		}
		if (application.getVersion() != version) {
			throw new ConcurrentChangeException(application);
		}
		return application;
	}

	private boolean deadlinePassed(ApplicationEntity application) {
		return this.calls.round(application.getCallYear(), application.getRound())
			.map((round) -> !round.deadline().isAfter(this.clock.instant()))
			.orElse(true);
	}

	private static ActivityEntity activity(ApplicationEntity application, long activityId) {
		return application.getActivities()
			.stream()
			.filter((a) -> a.getId().equals(activityId))
			.findFirst()
			.orElseThrow(ApplicationNotFoundException::new);
	}

	private void saved(AccountPrincipal user, ApplicationEntity application, String section) {
		application.touch(this.clock.instant());
		// A change to any part (an activity, an objective) is a new version of the whole
		// application, so that a form opened before it is refused instead of silently
		// overwriting it. The row is already locked for update, which outranks an
		// optimistic force increment (Hibernate would skip it), so the increment is the
		// pessimistic one.
		this.entityManager.lock(application, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
		storeDraftTotal(application);
		record(user, "application.changed", application, Map.of("section", section));
	}

	/**
	 * The draft's budget with the newest published table, stored as the background
	 * recomputation after a publication does, so the stored figure is never older than
	 * the last save. Plain SQL: the optimistic-locking version is the entity's business.
	 */
	private void storeDraftTotal(ApplicationEntity application) {
		if (application.getStatus() != ApplicationStatus.DRAFT) {
			return;
		}
		this.rateTables.current(application.getCallYear()).ifPresent((table) -> {
			String country = this.accounts.organisation(application.getOrganisationId())
				.map(OrganisationView::country)
				.orElse(null);
			BigDecimal total = this.budgets.calculate(plan(application, country), table, application.getAgencyCode())
				.total();
			this.jdbc
				.sql("update application set draft_total = ?, draft_rate_version = ? where id = ? and status = 'DRAFT'")
				.params(total, table.version(), application.getId())
				.update();
		});
	}

	private void record(AccountPrincipal user, String action, ApplicationEntity application, Map<String, ?> details) {
		this.audit.record(user.getUsername(), action, "application", application.getId(), details);
	}

	private Long organisationOf(AccountPrincipal user) {
		if (user.organisationId() == null) {
			throw new ApplicationNotFoundException();
		}
		return user.organisationId();
	}

	private String agencyOf(AccountPrincipal user) {
		OrganisationView organisation = this.accounts.organisation(organisationOf(user)).orElseThrow();
		return this.accounts.defaultAgencyFor(organisation.country())
			.orElseThrow(() -> new DraftingException("drafting.error.noAgency", organisation.country()))
			.code();
	}

	/** The fields of the follow-up section. */
	public record FollowUp(String integration, String evaluation, String dissemination, String visibility,
			boolean inclusion, boolean environment, boolean digital, boolean participation, String etwinning,
			BigDecimal financialGuaranteeCosts) {
	}

	/** Submission refused: ERROR findings stand. */
	public static class SubmissionRefusedException extends RuntimeException {

		private final transient Estimate estimate;

		SubmissionRefusedException(Estimate estimate) {
			super("submission refused");
			this.estimate = estimate;
		}

		public Estimate estimate() {
			return this.estimate;
		}

		public long errors() {
			return this.estimate.findings().stream().filter((f) -> f.severity() == Severity.ERROR).count();
		}

	}

	/** Someone saved the application since the form was opened. */
	public static class ConcurrentChangeException extends RuntimeException {

		private final Instant savedAt;

		ConcurrentChangeException(ApplicationEntity current) {
			super("application changed concurrently");
			this.savedAt = current.getUpdatedAt();
		}

		public Instant savedAt() {
			return this.savedAt;
		}

	}

}
