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

	/** Identifies one stored version. */
	public record VersionKey(long id, int callYear, int version) {
	}

}
