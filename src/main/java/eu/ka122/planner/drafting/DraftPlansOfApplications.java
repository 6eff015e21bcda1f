package eu.ka122.planner.drafting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import eu.ka122.planner.budget.DraftPlans;
import eu.ka122.planner.drafting.persistence.ApplicationEntity;
import eu.ka122.planner.drafting.persistence.ApplicationRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the budget module the plans of a call year's drafts, page by page, for the
 * preview of a rate-table publication, and stores the drafts' budgets recomputed after a
 * publication (plain SQL on the two estimate columns: the entity's optimistic-locking
 * version is left alone, so coordinators' saves never fail because of it).
 */
@Component
class DraftPlansOfApplications implements DraftPlans {

	static final int PAGE = 500;

	private final ApplicationRepository repository;

	private final JdbcClient jdbc;

	@PersistenceContext
	private EntityManager entityManager;

	private final JdbcTemplate jdbcTemplate;

	DraftPlansOfApplications(ApplicationRepository repository, JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.repository = repository;
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	@Override
	@Transactional
	public int storeEstimates(int callYear, int version, int limit, Function<DraftPlan, BigDecimal> estimate) {
		// SKIP LOCKED: a draft a coordinator is saving right now is left for a later
		// batch
		// instead of making either side wait.
		List<Long> ids = this.jdbc.sql("""
				select id from application
				where call_year = ? and status = 'DRAFT' and (draft_rate_version is null or draft_rate_version < ?)
				order by id limit ? for update skip locked""")
			.params(callYear, version, limit)
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return 0;
		}
		Map<Long, String> countries = new HashMap<>();
		this.jdbc.sql("""
				select distinct o.id, o.country from organisation o join application a on a.organisation_id = o.id
				where a.id in (:ids)""")
			.param("ids", ids)
			.query((rs, n) -> countries.put(rs.getLong(1), rs.getString(2)))
			.list();
		List<Object[]> rows = new ArrayList<>(ids.size());
		for (ApplicationEntity application : this.repository.findWithActivities(ids)) {
			BigDecimal total = estimate.apply(new DraftPlan(application.getId(), application.getAgencyCode(),
					Applications.plan(application, countries.get(application.getOrganisationId()))));
			rows.add(new Object[] { total, version, application.getId() });
		}
		this.entityManager.clear();
		int[] updated = this.jdbcTemplate.batchUpdate(
				"update application set draft_total = ?, draft_rate_version = ? where id = ? and status = 'DRAFT'",
				rows);
		return Arrays.stream(updated).map((n) -> Math.max(n, 0)).sum();
	}

	@Override
	@Transactional(readOnly = true)
	public int countStale(int callYear, int version) {
		return this.jdbc.sql("""
				select count(*) from application
				where call_year = ? and status = 'DRAFT' and (draft_rate_version is null or draft_rate_version < ?)""")
			.params(callYear, version)
			.query(Integer.class)
			.single();
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachDraft(int callYear, Consumer<DraftPlan> each) {
		Map<Long, String> countries = new HashMap<>();
		this.jdbc.sql("""
				select distinct o.id, o.country from organisation o join application a on a.organisation_id = o.id
				where a.call_year = ? and a.status = 'DRAFT'""")
			.param(callYear)
			.query((rs, n) -> countries.put(rs.getLong(1), rs.getString(2)))
			.list();
		int page = 0;
		Slice<ApplicationEntity> slice;
		do {
			slice = this.repository.findByCallYearAndStatusOrderById(callYear, ApplicationStatus.DRAFT,
					PageRequest.of(page++, PAGE));
			List<ApplicationEntity> drafts = slice.getContent();
			for (ApplicationEntity application : drafts) {
				each.accept(new DraftPlan(application.getId(), application.getAgencyCode(),
						Applications.plan(application, countries.get(application.getOrganisationId()))));
			}
			this.entityManager.clear();
		}
		while (slice.hasNext());
	}

}
