package eu.ka122.planner.budget;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.audit.AuditTrail;
import eu.ka122.planner.budget.RateTableFields.Change;
import eu.ka122.planner.budget.domain.RateTable;
import eu.ka122.planner.budget.domain.RateTableProblem;
import eu.ka122.planner.budget.persistence.RateTableStore;
import eu.ka122.planner.budget.persistence.RateTableStore.DraftKey;
import eu.ka122.planner.budget.persistence.RateTableStore.VersionKey;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators' (and, for their own agency's six base rates, agency officers') work on
 * rate tables: one draft per call year, started from the newest published version, saved
 * only when valid and only over the version the editor saw, and published by an
 * administrator who did not edit it (four eyes). Publishing flips one row from draft to
 * published, so budgets never see half a table.
 */
@Service
@Transactional
public class RateTableAdministration {

	/** At most this many changed values are written into one audit event. */
	static final int AUDITED_CHANGES = 200;

	private final RateTableStore store;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	RateTableAdministration(RateTableStore store, AuditTrail audit, ApplicationEventPublisher events, JsonMapper json,
			Clock clock) {
		this.store = store;
		this.audit = audit;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	/** What the call year's page shows: its versions and its draft, if any. */
	@Transactional(readOnly = true)
	public Overview overview(int callYear) {
		Optional<DraftKey> draft = this.store.draft(callYear);
		return new Overview(
				callYear, this.store.versions(callYear), draft.map((d) -> new DraftInfo(d.version(), d.lockVersion(),
						d.createdBy(), d.basedOnVersion(), this.store.editors(d.id()))),
				this.store.newestPublished(callYear).map(VersionKey::version));
	}

	@Transactional(readOnly = true)
	public List<Integer> callYears() {
		return this.store.callYears();
	}

	/** Any version, draft or published. */
	@Transactional(readOnly = true)
	public Optional<RateTable> version(int callYear, int version) {
		return this.store.find(callYear, version).map(this.store::load);
	}

	@Transactional(readOnly = true)
	public Optional<RateTable> draft(int callYear) {
		return this.store.draft(callYear).map((d) -> this.store.load(d.key()));
	}

	/** Starts the call year's draft as a copy of its newest published version. */
	public int startDraft(AccountPrincipal admin, int callYear) {
		requireAdmin(admin);
		if (this.store.draft(callYear).isPresent()) {
			throw new RateTableAdministrationException("admin.rates.error.draftExists", callYear);
		}
		VersionKey current = this.store.newestPublished(callYear)
			.orElseThrow(() -> new RateTableAdministrationException("admin.rates.error.noPublished", callYear));
		int version = this.store.highestVersion(callYear) + 1;
		RateTable table = this.store.load(current).withVersion(version);
		this.store.insertDraft(table, this.store.countriesNotInGuide(current.id()), admin.getUsername(),
				current.version());
		this.audit.record(admin.getUsername(), "rateTable.draftStarted", "rateTable", callYear + "/" + version,
				Map.of("callYear", callYear, "version", version, "basedOn", current.version()));
		return version;
	}

	/**
	 * Starts the table of the year after the newest call year, as a draft copy of that
	 * year's newest published version; returns the new call year.
	 */
	public int startNextYear(AccountPrincipal admin) {
		requireAdmin(admin);
		int latest = this.store.callYears()
			.stream()
			.findFirst()
			.orElseThrow(() -> new RateTableAdministrationException("admin.rates.error.noPublished", 0));
		VersionKey current = this.store.newestPublished(latest)
			.orElseThrow(() -> new RateTableAdministrationException("admin.rates.error.noPublished", latest));
		int next = latest + 1;
		RateTable previous = this.store.load(current);
		RateTable table = new RateTable(next, 1, previous.units(), previous.travelBands(), previous.countryGroups(),
				previous.staffRanges(), previous.pupilRanges(), previous.agencies(), previous.agencyForCountry());
		this.store.insertDraft(table, this.store.countriesNotInGuide(current.id()), admin.getUsername(), null);
		this.audit.record(admin.getUsername(), "rateTable.nextYearStarted", "rateTable", next + "/1",
				Map.of("callYear", next, "copiedFrom", latest + "/" + current.version()));
		return next;
	}

	/**
	 * Saves the draft with the given values laid over it, if they make a valid table and
	 * nobody saved the draft since {@code lockVersion}. An agency officer's values are
	 * limited to the six base rates of their own agency, which are then no longer
	 * provisional.
	 */
	public SaveResult save(AccountPrincipal user, int callYear, long lockVersion, Map<String, String> given) {
		Map<String, String> allowed = allowedValues(user, given);
		DraftKey draft = this.store.draft(callYear)
			.orElseThrow(() -> new RateTableAdministrationException("admin.rates.error.noDraft", callYear));
		RateTable before = this.store.load(draft.key());
		Map<String, String> fields = RateTableFields.merge(before, allowed);
		if (draft.lockVersion() != lockVersion) {
			return SaveResult.conflict(fields, this.store.editors(draft.id()));
		}
		RateTableFields.Parsed parsed = RateTableFields.parse(callYear, draft.version(), fields);
		if (!parsed.problems().isEmpty()) {
			return SaveResult.refused(fields, parsed.problems());
		}
		List<RateTableProblem> problems = parsed.table().validate();
		if (!problems.isEmpty()) {
			return SaveResult.refused(fields, problems);
		}
		List<Change> changes = RateTableFields.diff(before, parsed.table());
		if (changes.isEmpty()) {
			return SaveResult.saved(lockVersion, changes);
		}
		if (!this.store.replaceDraft(draft.id(), lockVersion, parsed.table(),
				this.store.countriesNotInGuide(draft.id()))) {
			return SaveResult.conflict(fields, this.store.editors(draft.id()));
		}
		Instant now = this.clock.instant();
		this.store.addEditor(draft.id(), user.getUsername(), now);
		this.audit.record(user.getUsername(), "rateTable.edited", "rateTable", callYear + "/" + draft.version(),
				auditedChanges(changes));
		return SaveResult.saved(lockVersion + 1, changes);
	}

	/**
	 * Reads a JSON file (see {@link RateTableJson}) into the draft, checked like the
	 * form.
	 */
	public SaveResult importJson(AccountPrincipal admin, int callYear, long lockVersion, String text) {
		requireAdmin(admin);
		RateTableJson.Read read = RateTableJson.read(this.json, text);
		if (!read.problems().isEmpty()) {
			RateTable current = draft(callYear)
				.orElseThrow(() -> new RateTableAdministrationException("admin.rates.error.noDraft", callYear));
			return SaveResult.refused(RateTableFields.of(current), read.problems());
		}
		return save(admin, callYear, lockVersion, read.fields());
	}

	@Transactional(readOnly = true)
	public Optional<String> exportJson(int callYear, int version) {
		return version(callYear, version).map((table) -> RateTableJson.write(this.json, table));
	}

	/**
	 * Publishes the draft as it was when the administrator looked at it: refused if it
	 * changed since, if they edited it themselves, or if it is not valid.
	 */
	public PublishResult publish(AccountPrincipal admin, int callYear, long lockVersion) {
		requireAdmin(admin);
		DraftKey draft = this.store.lockDraft(callYear)
			.orElseThrow(() -> new RateTableAdministrationException("admin.rates.error.noDraft", callYear));
		if (draft.lockVersion() != lockVersion) {
			throw new RateTableAdministrationException("admin.rates.error.changedSincePreview", callYear);
		}
		List<String> editors = this.store.editors(draft.id());
		if (editors.contains(admin.getUsername())) {
			throw new RateTableAdministrationException("admin.rates.error.fourEyes", callYear);
		}
		RateTable table = this.store.load(draft.key());
		List<RateTableProblem> problems = table.validate();
		if (!problems.isEmpty()) {
			throw new RateTableAdministrationException("admin.rates.error.invalid", callYear);
		}
		Optional<VersionKey> previous = this.store.newestPublished(callYear);
		List<Change> changes = previous.map((p) -> RateTableFields.diff(this.store.load(p), table)).orElse(List.of());
		this.store.publish(draft.id(), admin.getUsername(), this.clock.instant());
		Map<String, Object> details = new LinkedHashMap<>(auditedChanges(changes));
		details.put("editors", editors);
		details.put("previousVersion", previous.map(VersionKey::version).orElse(0));
		this.audit.record(admin.getUsername(), "rateTable.published", "rateTable", callYear + "/" + draft.version(),
				details);
		this.events.publishEvent(new RateTablePublished(callYear, draft.version(), admin.getUsername()));
		return new PublishResult(callYear, draft.version(), changes.size());
	}

	/** Throws the draft away (an officer's pending rates with it). */
	public void discard(AccountPrincipal admin, int callYear, long lockVersion) {
		requireAdmin(admin);
		DraftKey draft = this.store.lockDraft(callYear)
			.orElseThrow(() -> new RateTableAdministrationException("admin.rates.error.noDraft", callYear));
		if (draft.lockVersion() != lockVersion) {
			throw new RateTableAdministrationException("admin.rates.error.changedSincePreview", callYear);
		}
		this.store.deleteDraft(draft.id());
		this.audit.record(admin.getUsername(), "rateTable.draftDiscarded", "rateTable",
				callYear + "/" + draft.version(), Map.of("callYear", callYear, "version", draft.version()));
	}

	/** What changed from one version to another (of the same call year or not). */
	@Transactional(readOnly = true)
	public Optional<List<Change>> diff(int fromYear, int fromVersion, int toYear, int toVersion) {
		Optional<RateTable> from = version(fromYear, fromVersion);
		Optional<RateTable> to = version(toYear, toVersion);
		if (from.isEmpty() || to.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(RateTableFields.diff(from.get(), to.get()));
	}

	private static Map<String, String> allowedValues(AccountPrincipal user, Map<String, String> given) {
		if (user.hasRole(Role.ADMIN)) {
			return given;
		}
		if (!user.hasRole(Role.NA_OFFICER) || user.agencyCode() == null) {
			throw new AccessDeniedException("rate tables");
		}
		Map<String, String> own = new LinkedHashMap<>();
		String prefix = "agencies[" + user.agencyCode() + "].";
		for (String kind : List.of("staff", "pupil")) {
			for (int group : RateTableFields.GROUPS) {
				String name = prefix + kind + "[" + group + "]";
				own.put(name, given.getOrDefault(name, ""));
			}
		}
		own.put(prefix + "provisional", "false");
		return own;
	}

	private static void requireAdmin(AccountPrincipal user) {
		if (user == null || !user.hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("rate tables");
		}
	}

	private static Map<String, Object> auditedChanges(List<Change> changes) {
		List<Map<String, String>> listed = new ArrayList<>();
		for (Change change : changes.subList(0, Math.min(changes.size(), AUDITED_CHANGES))) {
			Map<String, String> row = new LinkedHashMap<>();
			row.put("field", change.name());
			row.put("before", change.before());
			row.put("after", change.after());
			listed.add(row);
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("changeCount", changes.size());
		details.put("changes", listed);
		return details;
	}

	/** The call year's versions and draft. */
	public record Overview(int callYear, List<RateTableSummary> versions, Optional<DraftInfo> draft,
			Optional<Integer> newestPublished) {
	}

	/**
	 * The draft: its number, the lock an edit must present, who started and edited it.
	 */
	public record DraftInfo(int version, long lockVersion, String createdBy, Integer basedOnVersion,
			List<String> editors) {

		public boolean editedBy(String username) {
			return this.editors.contains(username);
		}

	}

	/** The outcome of a save: saved, refused with problems, or refused for a conflict. */
	public record SaveResult(Outcome outcome, long lockVersion, Map<String, String> fields,
			List<RateTableProblem> problems, List<Change> changes, List<String> editors) {

		public enum Outcome {

			SAVED, REFUSED, CONFLICT

		}

		static SaveResult saved(long lockVersion, List<Change> changes) {
			return new SaveResult(Outcome.SAVED, lockVersion, Map.of(), List.of(), changes, List.of());
		}

		static SaveResult refused(Map<String, String> fields, List<RateTableProblem> problems) {
			return new SaveResult(Outcome.REFUSED, -1, fields, problems, List.of(), List.of());
		}

		static SaveResult conflict(Map<String, String> fields, List<String> editors) {
			return new SaveResult(Outcome.CONFLICT, -1, fields, List.of(), List.of(), editors);
		}

	}

	/** The version that was published and how many values changed from the previous. */
	public record PublishResult(int callYear, int version, int changedValues) {
	}

}
