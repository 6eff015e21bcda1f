package eu.ka122.planner.review.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import eu.ka122.planner.review.CaseFilter;
import eu.ka122.planner.review.CasePage;
import eu.ka122.planner.review.CaseRow;
import eu.ka122.planner.review.Stage;
import eu.ka122.planner.shared.SearchFolding;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The review cases: one row per submitted application, with what the lists filter and
 * sort by. Every list is two queries (count and page) whatever the number of rows.
 */
@Repository
public class CaseStore {

	private static final String COLUMNS = """
			c.application_id, c.reference, c.agency_code, c.call_year, c.round, c.organisation_id, c.organisation_name,
			c.organisation_oid, c.organisation_type, c.title, c.requested_total, c.participants, c.fewer_opportunities,
			c.long_term_pupils, c.newcomer, c.error_count, c.warning_count, c.submitted_at, c.stage, c.assessments,
			c.score_total, c.score_relevance, c.score_design, c.score_follow_up, c.fundable, c.awarded_total""";

	private static final String ASSESSORS = """
			(select string_agg(u.display_name, ', ' order by ra.id) from review_assignment ra
			 join app_user u on u.id = ra.assessor_id
			 where ra.application_id = c.application_id and ra.conflict <> 'DECLARED') as assessors""";

	private final JdbcClient jdbc;

	CaseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new case for a submitted application; does nothing when it exists already. */
	public void insert(NewCase c) {
		this.jdbc.sql("""
				insert into review_case (application_id, reference, agency_code, call_year, round, organisation_id,
				    organisation_name, organisation_oid, organisation_type, title, requested_total, participants,
				    fewer_opportunities, long_term_pupils, newcomer, error_count, warning_count, submitted_at, stage)
				values (:id, :reference, :agency, :year, :round, :organisation, :name, :oid, :type, :title, :requested,
				    :participants, :fewer, :longTerm, :newcomer, :errors, :warnings, :submittedAt, 'UNASSIGNED')
				on conflict (application_id) do nothing""")
			.param("id", c.applicationId())
			.param("reference", c.reference())
			.param("agency", c.agencyCode())
			.param("year", c.callYear())
			.param("round", c.round())
			.param("organisation", c.organisationId())
			.param("name", c.organisationName())
			.param("oid", c.organisationOid())
			.param("type", c.organisationType())
			.param("title", c.title())
			.param("requested", c.requestedTotal())
			.param("participants", c.participants())
			.param("fewer", c.fewerOpportunities())
			.param("longTerm", c.longTermPupils())
			.param("newcomer", c.newcomer())
			.param("errors", c.errorCount())
			.param("warnings", c.warningCount())
			.param("submittedAt", Timestamp.from(c.submittedAt()))
			.update();
	}

	public Optional<CaseRow> find(long applicationId) {
		return this.jdbc.sql("select " + COLUMNS + ", " + ASSESSORS + " from review_case c where c.application_id = ?")
			.param(applicationId)
			.query(CaseStore::row)
			.optional();
	}

	/** Locks the case for the rest of the transaction: one change at a time per case. */
	public Optional<CaseRow> lock(long applicationId) {
		return this.jdbc
			.sql("select " + COLUMNS + ", null as assessors from review_case c where c.application_id = ? for update")
			.param(applicationId)
			.query(CaseStore::row)
			.optional();
	}

	public CasePage list(String agencyCode, CaseFilter filter) {
		Where where = where(agencyCode, filter);
		long total = this.jdbc.sql("select count(*) from review_case c where " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		int pageSize = CaseFilter.PAGE_SIZE;
		int lastPage = (int) Math.max(1, (total + pageSize - 1) / pageSize);
		int page = Math.min(filter.page(), lastPage);
		List<Object> params = new ArrayList<>(where.params());
		params.add(pageSize);
		params.add((long) (page - 1) * pageSize);
		List<CaseRow> rows = this.jdbc
			.sql("select " + COLUMNS + ", " + ASSESSORS + " from review_case c where " + where.sql() + order(filter)
					+ " limit ? offset ?")
			.params(params)
			.query(CaseStore::row)
			.list();
		return new CasePage(rows, total, page, pageSize);
	}

	/** Every row the filter selects, in its order, up to {@code limit}. */
	public List<CaseRow> export(String agencyCode, CaseFilter filter, int limit) {
		Where where = where(agencyCode, filter);
		List<Object> params = new ArrayList<>(where.params());
		params.add(limit);
		return this.jdbc
			.sql("select " + COLUMNS + ", " + ASSESSORS + " from review_case c where " + where.sql() + order(filter)
					+ " limit ?")
			.params(params)
			.query(CaseStore::row)
			.list();
	}

	/** The cases of a round that the ranking considers: every one not withdrawn. */
	public List<CaseRow> round(String agencyCode, int callYear, int round) {
		return this.jdbc
			.sql("select " + COLUMNS + ", null as assessors from review_case c "
					+ "where c.agency_code = ? and c.call_year = ? and c.round = ? and c.stage <> 'WITHDRAWN'")
			.params(agencyCode, callYear, round)
			.query(CaseStore::row)
			.list();
	}

	/** The call years and rounds the agency has cases in, newest first. */
	public List<int[]> rounds(String agencyCode) {
		return this.jdbc
			.sql("select distinct call_year, round from review_case where agency_code = ? "
					+ "order by call_year desc, round")
			.param(agencyCode)
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) })
			.list();
	}

	public void withdraw(long applicationId) {
		this.jdbc.sql("update review_case set stage = 'WITHDRAWN' where application_id = ?")
			.param(applicationId)
			.update();
	}

	/** The case's stage and score after an assessment or a decision changed. */
	public void update(long applicationId, Stage stage, Score score, BigDecimal awardedTotal) {
		this.jdbc.sql("""
				update review_case set stage = ?, assessments = ?, score_total = ?, score_relevance = ?,
				    score_design = ?, score_follow_up = ?, fundable = ?, awarded_total = ?
				where application_id = ?""")
			.params(stage.name(), score.assessments(), score.total(), score.relevance(), score.design(),
					score.followUp(), score.fundable(), awardedTotal, applicationId)
			.update();
	}

	private static Where where(String agencyCode, CaseFilter f) {
		StringBuilder sql = new StringBuilder("c.agency_code = ?");
		List<Object> params = new ArrayList<>();
		params.add(agencyCode);
		if (f.callYear() != null) {
			sql.append(" and c.call_year = ?");
			params.add(f.callYear());
		}
		if (f.round() != null) {
			sql.append(" and c.round = ?");
			params.add(f.round());
		}
		if (f.stage() != null) {
			sql.append(" and c.stage = ?");
			params.add(f.stage().name());
		}
		if (f.minScore() != null) {
			sql.append(" and c.score_total >= ?");
			params.add(f.minScore());
		}
		if (f.maxScore() != null) {
			sql.append(" and c.score_total <= ?");
			params.add(f.maxScore());
		}
		if (f.organisationType() != null) {
			sql.append(" and c.organisation_type = ?");
			params.add(f.organisationType().name());
		}
		if (f.errors() != null) {
			sql.append(f.errors() ? " and c.error_count > 0" : " and c.error_count = 0");
		}
		if (f.query() != null) {
			// The query folded here as ka122_fold() folds the stored text, whatever the
			// database's locale: Rosalia finds Rosalía, lodz Łódź.
			String like = SearchFolding.containsPattern(f.query());
			sql.append(" and (ka122_fold(c.reference) like ? or ka122_fold(c.organisation_name) like ?"
					+ " or c.organisation_oid = ?)");
			params.add(like);
			params.add(like);
			params.add(f.query().toUpperCase(java.util.Locale.ROOT));
		}
		return new Where(sql.toString(), params);
	}

	private static String order(CaseFilter f) {
		String direction = f.descending() ? " desc nulls last" : " asc nulls first";
		return " order by " + f.sort().column() + direction + ", c.application_id" + (f.descending() ? " desc" : "");
	}

	private static CaseRow row(ResultSet rs, int n) throws SQLException {
		return new CaseRow(rs.getLong("application_id"), rs.getString("reference"), rs.getString("agency_code"),
				rs.getInt("call_year"), rs.getInt("round"), rs.getLong("organisation_id"),
				rs.getString("organisation_name"), rs.getString("organisation_oid"), rs.getString("organisation_type"),
				rs.getString("title"), rs.getBigDecimal("requested_total"), rs.getInt("participants"),
				rs.getInt("fewer_opportunities"), rs.getBoolean("long_term_pupils"), rs.getBoolean("newcomer"),
				rs.getInt("error_count"), rs.getInt("warning_count"), rs.getTimestamp("submitted_at").toInstant(),
				Stage.valueOf(rs.getString("stage")), rs.getInt("assessments"), rs.getBigDecimal("score_total"),
				rs.getBigDecimal("score_relevance"), rs.getBigDecimal("score_design"),
				rs.getBigDecimal("score_follow_up"), (Boolean) rs.getObject("fundable"),
				rs.getBigDecimal("awarded_total"), rs.getString("assessors"));
	}

	private record Where(String sql, List<Object> params) {
	}

	/** What a new case records of a submission. */
	public record NewCase(long applicationId, String reference, String agencyCode, int callYear, int round,
			long organisationId, String organisationName, String organisationOid, String organisationType, String title,
			BigDecimal requestedTotal, int participants, int fewerOpportunities, boolean longTermPupils,
			boolean newcomer, int errorCount, int warningCount, Instant submittedAt) {
	}

	/** A case's score columns; all null (and zero assessments) before the first. */
	public record Score(int assessments, BigDecimal total, BigDecimal relevance, BigDecimal design, BigDecimal followUp,
			Boolean fundable) {

		public static final Score NONE = new Score(0, null, null, null, null, null);

	}

}
