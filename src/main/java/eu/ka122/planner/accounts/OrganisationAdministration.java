package eu.ka122.planner.accounts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import eu.ka122.planner.audit.AuditTrail;
import eu.ka122.planner.shared.Languages;
import eu.ka122.planner.shared.Countries;
import eu.ka122.planner.shared.OrganisationType;
import eu.ka122.planner.shared.SearchFolding;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators' work on organisations and National Agencies: search, create, edit,
 * previous KA122 grants, and merging a duplicate organisation into the one that is kept.
 */
@Service
@Transactional
public class OrganisationAdministration {

	static final int PAGE_SIZE = 25;

	private static final Pattern OID = Pattern.compile("E\\d{8}");

	private static final Pattern AGENCY_CODE = Pattern.compile("[A-Z]{2}\\d{2}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Languages languages;

	OrganisationAdministration(JdbcClient jdbc, AuditTrail audit, Languages languages) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.languages = languages;
	}

	@Transactional(readOnly = true)
	public OrganisationPage search(String query, int page) {
		String like = SearchFolding.containsPattern(query);
		String where = " where ka122_fold(legal_name) like :q or ka122_fold(oid) like :q or ka122_fold(country) like :q";
		long total = this.jdbc.sql("select count(*) from organisation" + where)
			.param("q", like)
			.query(Long.class)
			.single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 1), pages);
		List<OrganisationRow> rows = this.jdbc
			// folded and by code point, so that the order is the same whatever the
			// database's collation
			.sql(SELECT + where + " order by ka122_fold(legal_name) collate \"C\", id limit :limit offset :offset")
			.param("q", like)
			.param("limit", PAGE_SIZE)
			.param("offset", (current - 1) * PAGE_SIZE)
			.query((rs, n) -> row(rs))
			.list();
		return new OrganisationPage(rows, current, pages, total);
	}

	@Transactional(readOnly = true)
	public Optional<OrganisationRow> organisation(long id) {
		return this.jdbc.sql(SELECT + " where id = :id").param("id", id).query((rs, n) -> row(rs)).optional();
	}

	@Transactional(readOnly = true)
	public List<Grant> grants(long organisationId) {
		return this.jdbc
			.sql("select call_year, round, source, note from organisation_grant where organisation_id = ? "
					+ "order by call_year desc, round desc")
			.param(organisationId)
			.query((rs, n) -> new Grant(rs.getInt("call_year"), rs.getInt("round"), rs.getString("source"),
					rs.getString("note")))
			.list();
	}

	/** Creates (id null) or changes an organisation; returns its id. */
	public long save(AccountPrincipal admin, Long id, long version, OrganisationValues values) {
		requireAdmin(admin);
		List<Problem> problems = new ArrayList<>();
		String oid = values.oid() == null ? "" : values.oid().trim().toUpperCase(Locale.ROOT);
		if (!OID.matcher(oid).matches()) {
			problems.add(new Problem("oid", "admin.organisations.error.oid"));
		}
		String name = values.legalName() == null ? "" : values.legalName().trim();
		if (name.isEmpty() || name.length() > 300) {
			problems.add(new Problem("legalName", "admin.organisations.error.name"));
		}
		String country = values.country() == null ? "" : values.country().trim().toUpperCase(Locale.ROOT);
		if (!Countries.isEligible(country)) {
			problems.add(new Problem("country", "admin.organisations.error.country"));
		}
		OrganisationType type = null;
		try {
			type = OrganisationType.valueOf(values.type());
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			problems.add(new Problem("type", "admin.organisations.error.type"));
		}
		if (problems.isEmpty() && this.jdbc.sql("select count(*) from organisation where oid = ? and id <> ?")
			.params(oid, id == null ? -1 : id)
			.query(Integer.class)
			.single() > 0) {
			problems.add(new Problem("oid", "admin.organisations.error.oidTaken"));
		}
		if (!problems.isEmpty()) {
			throw new ValuesRefused(problems);
		}
		Map<String, Object> after = Map.of("oid", oid, "legalName", name, "country", country, "type", type.name(),
				"accredited", values.accredited());
		if (id == null) {
			long created = this.jdbc.sql("""
					insert into organisation (oid, legal_name, country, type, accredited) values (?, ?, ?, ?, ?)
					returning id""")
				.params(oid, name, country, type.name(), values.accredited())
				.query(Long.class)
				.single();
			this.audit.record(admin.getUsername(), "organisation.created", "organisation", created, after);
			return created;
		}
		OrganisationRow before = organisation(id).orElseThrow(ValuesRefused::noSuchOrganisation);
		int updated = this.jdbc.sql("""
				update organisation set oid = ?, legal_name = ?, country = ?, type = ?, accredited = ?,
				    version = version + 1 where id = ? and version = ?""")
			.params(oid, name, country, type.name(), values.accredited(), id, version)
			.update();
		if (updated == 0) {
			throw new ValuesRefused(List.of(new Problem(null, "admin.organisations.error.conflict")));
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("before", Map.of("oid", before.oid(), "legalName", before.legalName(), "country", before.country(),
				"type", before.type(), "accredited", before.accredited()));
		details.put("after", after);
		this.audit.record(admin.getUsername(), "organisation.changed", "organisation", id, details);
		return id;
	}

	/** Records a KA122 grant the organisation received outside this system. */
	public void addGrant(AccountPrincipal admin, long id, String year, String round, String note) {
		requireAdmin(admin);
		int callYear;
		int callRound;
		try {
			callYear = Integer.parseInt(year == null ? "" : year.trim());
			callRound = Integer.parseInt(round == null ? "" : round.trim());
		}
		catch (NumberFormatException ex) {
			throw new ValuesRefused(List.of(new Problem("grantYear", "admin.organisations.error.grant")));
		}
		if (callYear < 2014 || callYear > 2100 || (callRound != 1 && callRound != 2)) {
			throw new ValuesRefused(List.of(new Problem("grantYear", "admin.organisations.error.grant")));
		}
		if (this.jdbc.sql("select id from organisation where id = ? for share")
			.param(id)
			.query(Long.class)
			.optional()
			.isEmpty()) {
			// merged away or never there; the lock keeps a merge from removing it
			// meanwhile
			throw ValuesRefused.noSuchOrganisation();
		}
		String text = (note == null || note.isBlank()) ? null : note.trim();
		if (text != null && text.length() > 500) {
			text = text.substring(0, 500);
		}
		this.jdbc
			.sql("insert into organisation_grant (organisation_id, call_year, round, source, note) "
					+ "values (?, ?, ?, 'MANUAL', ?)")
			.params(id, callYear, callRound, text)
			.update();
		this.audit.record(admin.getUsername(), "organisation.grantAdded", "organisation", id,
				Map.of("callYear", callYear, "round", callRound));
	}

	/**
	 * Moves the users, applications and grants of the duplicate (found by its OID) to the
	 * kept organisation and deletes the duplicate.
	 */
	public MergeResult merge(AccountPrincipal admin, long keptId, String duplicateOid) {
		requireAdmin(admin);
		OrganisationRow kept = organisation(keptId).orElseThrow(ValuesRefused::noSuchOrganisation);
		String oid = duplicateOid == null ? "" : duplicateOid.trim().toUpperCase(Locale.ROOT);
		Long duplicate = this.jdbc.sql("select id from organisation where oid = ? for update")
			.param(oid)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new ValuesRefused(
					List.of(new Problem("duplicateOid", "admin.organisations.error.noDuplicate"))));
		if (duplicate == keptId) {
			throw new ValuesRefused(List.of(new Problem("duplicateOid", "admin.organisations.error.sameOrganisation")));
		}
		int clashes = this.jdbc
			.sql("""
					select count(*) from application a join application b
					  on a.call_year = b.call_year and a.round = b.round
					where a.organisation_id = ? and b.organisation_id = ? and a.status = 'SUBMITTED' and b.status = 'SUBMITTED'""")
			.params(keptId, duplicate)
			.query(Integer.class)
			.single();
		if (clashes > 0) {
			throw new ValuesRefused(List.of(new Problem("duplicateOid", "admin.organisations.error.bothSubmitted")));
		}
		this.jdbc.sql("select set_config('ka122.merging_organisations', 'on', true)").query(String.class).single();
		int users = this.jdbc
			.sql("update app_user set organisation_id = ?, version = version + 1 where organisation_id = ?")
			.params(keptId, duplicate)
			.update();
		int applications = this.jdbc.sql("update application set organisation_id = ? where organisation_id = ?")
			.params(keptId, duplicate)
			.update();
		int grants = this.jdbc.sql("update organisation_grant set organisation_id = ? where organisation_id = ?")
			.params(keptId, duplicate)
			.update();
		this.jdbc.sql("delete from organisation where id = ?").param(duplicate).update();
		this.jdbc.sql("select set_config('ka122.merging_organisations', 'off', true)").query(String.class).single();
		this.audit.record(admin.getUsername(), "organisation.merged", "organisation", keptId, Map.of("kept", kept.oid(),
				"merged", oid, "users", users, "applications", applications, "grants", grants));
		return new MergeResult(oid, users, applications, grants);
	}

	@Transactional(readOnly = true)
	public List<AgencyView> agencies() {
		return this.jdbc.sql(
				"select code, country, name, contact_email, default_for_country, default_language from national_agency "
						+ "order by code")
			.query((rs, n) -> new AgencyView(rs.getString("code"), rs.getString("country"), rs.getString("name"),
					rs.getString("contact_email"), rs.getBoolean("default_for_country"),
					rs.getString("default_language")))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<AgencyRow> agency(String code) {
		return this.jdbc
			.sql("select code, country, name, contact_email, default_for_country, default_language, version "
					+ "from national_agency where code = ?")
			.param(code)
			.query((rs, n) -> new AgencyRow(rs.getString("code"), rs.getString("country"), rs.getString("name"),
					rs.getString("contact_email"), rs.getBoolean("default_for_country"),
					rs.getString("default_language"), rs.getLong("version")))
			.optional();
	}

	/** Creates ({@code create}) or changes an agency. */
	public void saveAgency(AccountPrincipal admin, boolean create, long version, AgencyRow values) {
		requireAdmin(admin);
		List<Problem> problems = new ArrayList<>();
		String code = values.code() == null ? "" : values.code().trim().toUpperCase(Locale.ROOT);
		if (!AGENCY_CODE.matcher(code).matches()) {
			problems.add(new Problem("code", "admin.agencies.error.code"));
		}
		String country = values.country() == null ? "" : values.country().trim().toUpperCase(Locale.ROOT);
		if (!Countries.isEligible(country)) {
			problems.add(new Problem("country", "admin.organisations.error.country"));
		}
		String name = values.name() == null ? "" : values.name().trim();
		if (name.isEmpty() || name.length() > 200) {
			problems.add(new Problem("name", "admin.agencies.error.name"));
		}
		String email = (values.contactEmail() == null || values.contactEmail().isBlank()) ? null
				: values.contactEmail().trim();
		if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
			problems.add(new Problem("contactEmail", "admin.users.error.email"));
		}
		String language = null;
		if (values.defaultLanguage() != null && !values.defaultLanguage().isBlank()) {
			Optional<Locale> known = this.languages.find(values.defaultLanguage());
			if (known.isEmpty()) {
				problems.add(new Problem("defaultLanguage", "admin.agencies.error.language"));
			}
			else {
				language = known.get().toLanguageTag();
			}
		}
		Optional<AgencyRow> before = problems.isEmpty() ? agency(code) : Optional.empty();
		if (problems.isEmpty() && create && before.isPresent()) {
			problems.add(new Problem("code", "admin.agencies.error.codeTaken"));
		}
		if (problems.isEmpty() && !create && before.isEmpty()) {
			problems.add(new Problem(null, "admin.agencies.error.notFound"));
		}
		if (!problems.isEmpty()) {
			throw new ValuesRefused(problems);
		}
		if (values.defaultForCountry()) {
			this.jdbc
				.sql("update national_agency set default_for_country = false, version = version + 1 "
						+ "where country = ? and code <> ? and default_for_country")
				.params(country, code)
				.update();
		}
		if (create) {
			this.jdbc
				.sql("""
						insert into national_agency (code, country, name, contact_email, default_for_country, default_language)
						values (?, ?, ?, ?, ?, ?)""")
				.params(code, country, name, email, values.defaultForCountry(), language)
				.update();
		}
		else if (this.jdbc.sql("""
				update national_agency set country = ?, name = ?, contact_email = ?, default_for_country = ?,
				    default_language = ?, version = version + 1 where code = ? and version = ?""")
			.params(country, name, email, values.defaultForCountry(), language, code, version)
			.update() == 0) {
			throw new ValuesRefused(List.of(new Problem(null, "admin.agencies.error.conflict")));
		}
		Map<String, Object> details = new LinkedHashMap<>();
		before.ifPresent((b) -> details.put("before",
				Map.of("country", b.country(), "name", b.name(), "contactEmail",
						b.contactEmail() == null ? "" : b.contactEmail(), "defaultForCountry", b.defaultForCountry(),
						"defaultLanguage", b.defaultLanguage() == null ? "" : b.defaultLanguage())));
		details.put("after", Map.of("country", country, "name", name, "contactEmail", email == null ? "" : email,
				"defaultForCountry", values.defaultForCountry(), "defaultLanguage", language == null ? "" : language));
		this.audit.record(admin.getUsername(), create ? "agency.created" : "agency.changed", "agency", code, details);
	}

	private static void requireAdmin(AccountPrincipal user) {
		if (user == null || !user.hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("organisations");
		}
	}

	private static final String SELECT = "select id, oid, legal_name, country, type, accredited, version, "
			+ "(select count(*) from app_user u where u.organisation_id = organisation.id) as users, "
			+ "(select count(*) from application a where a.organisation_id = organisation.id) as applications "
			+ "from organisation";

	private static OrganisationRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new OrganisationRow(rs.getLong("id"), rs.getString("oid"), rs.getString("legal_name"),
				rs.getString("country"), rs.getString("type"), rs.getBoolean("accredited"), rs.getLong("version"),
				rs.getInt("users"), rs.getInt("applications"));
	}

	/** An organisation as administrators list it. */
	public record OrganisationRow(long id, String oid, String legalName, String country, String type,
			boolean accredited, long version, int users, int applications) {
	}

	/** One page of organisations. */
	public record OrganisationPage(List<OrganisationRow> organisations, int page, int pages, long total) {
	}

	/** What an administrator types for an organisation. */
	public record OrganisationValues(String oid, String legalName, String country, String type, boolean accredited) {
	}

	/** A previous KA122 grant. */
	public record Grant(int callYear, int round, String source, String note) {
	}

	/** An agency as typed or stored. */
	public record AgencyRow(String code, String country, String name, String contactEmail, boolean defaultForCountry,
			String defaultLanguage, long version) {
	}

	/** What a merge moved. */
	public record MergeResult(String mergedOid, int users, int applications, int grants) {
	}

	/** A value that cannot be saved: the field (null for the whole form) and why. */
	public record Problem(String field, String messageKey) {
	}

	private static final String NO_SUCH_ORGANISATION = "admin.organisations.error.notFound";

	/** Values refused; nothing was saved. */
	public static class ValuesRefused extends RuntimeException {

		private final transient List<Problem> problems;

		ValuesRefused(List<Problem> problems) {
			super("values refused");
			this.problems = List.copyOf(problems);
		}

		static ValuesRefused noSuchOrganisation() {
			return new ValuesRefused(List.of(new Problem(null, NO_SUCH_ORGANISATION)));
		}

		public List<Problem> problems() {
			return this.problems;
		}

		/** Refused because the organisation does not exist (any more). */
		public boolean organisationGone() {
			return this.problems.stream().anyMatch((problem) -> NO_SUCH_ORGANISATION.equals(problem.messageKey()));
		}

	}

}
