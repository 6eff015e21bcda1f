package eu.ka122.planner.budget.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import eu.ka122.planner.budget.RateTableStatus;
import eu.ka122.planner.budget.RateTableSummary;
import eu.ka122.planner.budget.domain.AgencyRates;
import eu.ka122.planner.budget.domain.RateRange;
import eu.ka122.planner.budget.domain.RateTable;
import eu.ka122.planner.budget.domain.TravelBand;
import eu.ka122.planner.budget.domain.UnitAmounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads rate-table versions into the pure {@link RateTable} value. Plain SQL rather than
 * JPA: a version is read whole, five small queries, and never partially updated by this
 * class.
 */
@Repository
public class RateTableStore {

	private final JdbcClient jdbc;

	public RateTableStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The id of the newest published version of the call year. */
	public Optional<VersionKey> newestPublished(int callYear) {
		return this.jdbc
			.sql("select id, version from rate_table where call_year = ? and status = 'PUBLISHED' "
					+ "order by version desc limit 1")
			.param(callYear)
			.query((rs, n) -> new VersionKey(rs.getLong("id"), callYear, rs.getInt("version")))
			.optional();
	}

	public Optional<VersionKey> find(int callYear, int version) {
		return this.jdbc.sql("select id from rate_table where call_year = ? and version = ?")
			.params(callYear, version)
			.query((rs, n) -> new VersionKey(rs.getLong("id"), callYear, version))
			.optional();
	}

	public Optional<VersionKey> findPublished(int callYear, int version) {
		return this.jdbc.sql("select id from rate_table where call_year = ? and version = ? and status = 'PUBLISHED'")
			.params(callYear, version)
			.query((rs, n) -> new VersionKey(rs.getLong("id"), callYear, version))
			.optional();
	}

	public List<RateTableSummary> versions(int callYear) {
		return this.jdbc
			.sql("select id, call_year, version, status, created_at, published_at from rate_table "
					+ "where call_year = ? order by version desc")
			.param(callYear)
			.query((rs, n) -> summary(rs))
			.list();
	}

	public List<Integer> callYears() {
		return this.jdbc.sql("select distinct call_year from rate_table order by call_year desc")
			.query(Integer.class)
			.list();
	}

	/**
	 * Countries whose group the product chose because the Guide's footnote leaves them
	 * out (IE, LT).
	 */
	public Set<String> countriesNotInGuide(long rateTableId) {
		return new TreeSet<>(
				this.jdbc.sql("select country from rate_table_country_group where rate_table_id = ? and not in_guide")
					.param(rateTableId)
					.query(String.class)
					.list());
	}

	public RateTable load(VersionKey key) {
		UnitAmounts units = this.jdbc.sql("select * from rate_table where id = ?")
			.param(key.id())
			.query((rs, n) -> units(rs))
			.single();
		List<TravelBand> bands = this.jdbc
			.sql("select from_km, to_km, green, standard from rate_table_travel_band where rate_table_id = ? "
					+ "order by from_km")
			.param(key.id())
			.query((rs, n) -> new TravelBand(rs.getBigDecimal("from_km"), rs.getBigDecimal("to_km"), rs.getInt("green"),
					rs.getInt("standard")))
			.list();
		Map<String, Integer> groups = new LinkedHashMap<>();
		this.jdbc
			.sql("select country, country_group from rate_table_country_group where rate_table_id = ? "
					+ "order by country_group, country")
			.param(key.id())
			.query((ResultSet rs) -> {
				groups.put(rs.getString("country"), rs.getInt("country_group"));
			});
		Map<Integer, RateRange> staffRanges = new HashMap<>();
		Map<Integer, RateRange> pupilRanges = new HashMap<>();
		this.jdbc
			.sql("select kind, country_group, min_rate, max_rate from rate_table_rate_range where rate_table_id = ?")
			.param(key.id())
			.query((ResultSet rs) -> {
				var target = "STAFF".equals(rs.getString("kind")) ? staffRanges : pupilRanges;
				target.put(rs.getInt("country_group"), new RateRange(rs.getInt("min_rate"), rs.getInt("max_rate")));
			});
		Map<String, AgencyRates> agencies = new LinkedHashMap<>();
		Map<String, String> agencyForCountry = new LinkedHashMap<>();
		this.jdbc.sql("select * from rate_table_agency_rate where rate_table_id = ? order by agency_code")
			.param(key.id())
			.query((ResultSet rs) -> {
				String code = rs.getString("agency_code");
				String country = rs.getString("country");
				agencies.put(code,
						new AgencyRates(code, country, code,
								Map.of(1, rs.getInt("staff_group_1"), 2, rs.getInt("staff_group_2"), 3,
										rs.getInt("staff_group_3")),
								Map.of(1, rs.getInt("pupil_group_1"), 2, rs.getInt("pupil_group_2"), 3,
										rs.getInt("pupil_group_3")),
								rs.getBoolean("provisional")));
				if (rs.getBoolean("default_for_country")) {
					agencyForCountry.put(country, code);
				}
			});
		return new RateTable(key.callYear(), key.version(), units, bands, groups, staffRanges, pupilRanges, agencies,
				agencyForCountry);
	}

	private static UnitAmounts units(ResultSet rs) throws SQLException {
		return new UnitAmounts(rs.getInt("org_support_basic"), rs.getInt("org_support_individual"),
				rs.getInt("org_support_beyond_threshold"), rs.getInt("org_support_threshold"),
				rs.getInt("org_support_long_term"), rs.getInt("inclusion_support"), rs.getInt("preparatory_visit"),
				rs.getInt("course_fee_per_day"), rs.getInt("linguistic_support"),
				rs.getInt("reinforced_linguistic_support"), factor(rs, "reduced_rate_factor"),
				rs.getInt("full_rate_days"), rs.getInt("accompanying_cap_days"), factor(rs, "exceptional_cost_share"),
				factor(rs, "expensive_travel_threshold_share"), rs.getInt("course_share_floor"),
				rs.getInt("course_share_threshold"), factor(rs, "course_share_ratio"));
	}

	// numeric(4,3) comes back as 0.700; the domain compares factors by value, but
	// explanations print them.
	private static BigDecimal factor(ResultSet rs, String column) throws SQLException {
		return rs.getBigDecimal(column).stripTrailingZeros();
	}

	private static RateTableSummary summary(ResultSet rs) throws SQLException {
		var published = rs.getTimestamp("published_at");
		return new RateTableSummary(rs.getLong("id"), rs.getInt("call_year"), rs.getInt("version"),
				RateTableStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
				published == null ? null : published.toInstant());
	}

	/** The call year's draft, if an administrator started one. */
	public Optional<DraftKey> draft(int callYear) {
		return this.jdbc
			.sql("select id, version, lock_version, created_by, based_on_version from rate_table "
					+ "where call_year = ? and status = 'DRAFT'")
			.param(callYear)
			.query((rs, n) -> new DraftKey(rs.getLong("id"), callYear, rs.getInt("version"), rs.getLong("lock_version"),
					rs.getString("created_by"), (Integer) rs.getObject("based_on_version")))
			.optional();
	}

	/** The draft, locked until the end of the transaction (publication). */
	public Optional<DraftKey> lockDraft(int callYear) {
		return this.jdbc
			.sql("select id, version, lock_version, created_by, based_on_version from rate_table "
					+ "where call_year = ? and status = 'DRAFT' for update")
			.param(callYear)
			.query((rs, n) -> new DraftKey(rs.getLong("id"), callYear, rs.getInt("version"), rs.getLong("lock_version"),
					rs.getString("created_by"), (Integer) rs.getObject("based_on_version")))
			.optional();
	}

	public int highestVersion(int callYear) {
		return this.jdbc.sql("select coalesce(max(version), 0) from rate_table where call_year = ?")
			.param(callYear)
			.query(Integer.class)
			.single();
	}

	/** Stores a new draft version with all its rows; returns its id. */
	public long insertDraft(RateTable table, Set<String> notInGuide, String createdBy, Integer basedOnVersion) {
		UnitAmounts u = table.units();
		long id = this.jdbc.sql("""
				insert into rate_table (call_year, version, status, org_support_basic, org_support_individual,
				    org_support_beyond_threshold, org_support_threshold, org_support_long_term, inclusion_support,
				    preparatory_visit, course_fee_per_day, linguistic_support, reinforced_linguistic_support,
				    reduced_rate_factor, full_rate_days, accompanying_cap_days, exceptional_cost_share,
				    expensive_travel_threshold_share, course_share_floor, course_share_threshold, course_share_ratio,
				    created_by, based_on_version)
				values (?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(table.callYear(), table.version(), u.organisationalSupportBasic(),
					u.organisationalSupportIndividual(), u.organisationalSupportBeyondThreshold(),
					u.organisationalSupportThreshold(), u.organisationalSupportLongTerm(), u.inclusionSupport(),
					u.preparatoryVisit(), u.courseFeePerDay(), u.linguisticSupport(), u.reinforcedLinguisticSupport(),
					u.reducedRateFactor(), u.fullRateDays(), u.accompanyingCapDays(), u.exceptionalCostShare(),
					u.expensiveTravelThresholdShare(), u.courseShareFloor(), u.courseShareThreshold(),
					u.courseShareRatio(), createdBy, basedOnVersion)
			.query(Long.class)
			.single();
		insertRows(id, table, notInGuide);
		return id;
	}

	/**
	 * Replaces a draft's content if nobody saved it since {@code expectedLock}; false
	 * when someone did (or it was published or discarded meanwhile).
	 */
	public boolean replaceDraft(long id, long expectedLock, RateTable table, Set<String> notInGuide) {
		UnitAmounts u = table.units();
		int updated = this.jdbc.sql("""
				update rate_table set org_support_basic = ?, org_support_individual = ?,
				    org_support_beyond_threshold = ?, org_support_threshold = ?, org_support_long_term = ?,
				    inclusion_support = ?, preparatory_visit = ?, course_fee_per_day = ?, linguistic_support = ?,
				    reinforced_linguistic_support = ?, reduced_rate_factor = ?, full_rate_days = ?,
				    accompanying_cap_days = ?, exceptional_cost_share = ?, expensive_travel_threshold_share = ?,
				    course_share_floor = ?, course_share_threshold = ?, course_share_ratio = ?,
				    lock_version = lock_version + 1
				where id = ? and lock_version = ? and status = 'DRAFT'""")
			.params(u.organisationalSupportBasic(), u.organisationalSupportIndividual(),
					u.organisationalSupportBeyondThreshold(), u.organisationalSupportThreshold(),
					u.organisationalSupportLongTerm(), u.inclusionSupport(), u.preparatoryVisit(), u.courseFeePerDay(),
					u.linguisticSupport(), u.reinforcedLinguisticSupport(), u.reducedRateFactor(), u.fullRateDays(),
					u.accompanyingCapDays(), u.exceptionalCostShare(), u.expensiveTravelThresholdShare(),
					u.courseShareFloor(), u.courseShareThreshold(), u.courseShareRatio(), id, expectedLock)
			.update();
		if (updated == 0) {
			return false;
		}
		for (String child : List.of("rate_table_travel_band", "rate_table_country_group", "rate_table_rate_range",
				"rate_table_agency_rate")) {
			this.jdbc.sql("delete from " + child + " where rate_table_id = ?").param(id).update();
		}
		insertRows(id, table, notInGuide);
		return true;
	}

	private void insertRows(long id, RateTable table, Set<String> notInGuide) {
		for (TravelBand band : table.travelBands()) {
			this.jdbc
				.sql("insert into rate_table_travel_band (rate_table_id, from_km, to_km, green, standard) "
						+ "values (?, ?, ?, ?, ?)")
				.params(id, band.fromKm(), band.toKm(), band.green(), band.standard())
				.update();
		}
		table.countryGroups()
			.forEach((country, group) -> this.jdbc
				.sql("insert into rate_table_country_group (rate_table_id, country, country_group, in_guide) "
						+ "values (?, ?, ?, ?)")
				.params(id, country, group, !notInGuide.contains(country))
				.update());
		table.staffRanges().forEach((group, range) -> insertRange(id, "STAFF", group, range));
		table.pupilRanges().forEach((group, range) -> insertRange(id, "PUPIL", group, range));
		table.agencies()
			.forEach((code, agency) -> this.jdbc.sql("""
					insert into rate_table_agency_rate (rate_table_id, agency_code, country, default_for_country,
					    provisional, staff_group_1, staff_group_2, staff_group_3, pupil_group_1, pupil_group_2,
					    pupil_group_3)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, code, agency.country(), code.equals(table.agencyForCountry().get(agency.country())),
						agency.provisional(), agency.staff().get(1), agency.staff().get(2), agency.staff().get(3),
						agency.pupil().get(1), agency.pupil().get(2), agency.pupil().get(3))
				.update());
	}

	private void insertRange(long id, String kind, int group, RateRange range) {
		this.jdbc
			.sql("insert into rate_table_rate_range (rate_table_id, kind, country_group, min_rate, max_rate) "
					+ "values (?, ?, ?, ?, ?)")
			.params(id, kind, group, range.min(), range.max())
			.update();
	}

	/** Records that the user changed the draft (the four-eyes rule reads it). */
	public void addEditor(long id, String username, java.time.Instant at) {
		this.jdbc.sql("""
				insert into rate_table_editor (rate_table_id, username, edited_at) values (?, ?, ?)
				on conflict (rate_table_id, username) do update set edited_at = excluded.edited_at""")
			.params(id, username, java.sql.Timestamp.from(at))
			.update();
	}

	public List<String> editors(long id) {
		return this.jdbc.sql("select username from rate_table_editor where rate_table_id = ? order by edited_at")
			.param(id)
			.query(String.class)
			.list();
	}

	/**
	 * Makes the draft the newest published version: one statement, so never half a table.
	 */
	public void publish(long id, String publishedBy, java.time.Instant at) {
		this.jdbc
			.sql("update rate_table set status = 'PUBLISHED', published_at = ?, published_by = ?, "
					+ "lock_version = lock_version + 1 where id = ? and status = 'DRAFT'")
			.params(java.sql.Timestamp.from(at), publishedBy, id)
			.update();
	}

	public void deleteDraft(long id) {
		this.jdbc.sql("delete from rate_table where id = ? and status = 'DRAFT'").param(id).update();
	}

	/** Who published a version and when (null for a draft). */
	public Optional<String> publishedBy(long id) {
		return this.jdbc.sql("select published_by from rate_table where id = ?")
			.param(id)
			.query((rs, n) -> rs.getString(1))
			.optional();
	}

	/**
	 * The call year's draft: its id, number, the lock an edit must present, its origin.
	 */
	public record DraftKey(long id, int callYear, int version, long lockVersion, String createdBy,
			Integer basedOnVersion) {

		public VersionKey key() {
			return new VersionKey(this.id, this.callYear, this.version);
		}

	}

	/** Identifies one stored version. */
	public record VersionKey(long id, int callYear, int version) {
	}

}
