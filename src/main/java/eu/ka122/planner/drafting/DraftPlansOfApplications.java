package eu.ka122.planner.drafting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import eu.ka122.planner.budget.DraftPlans;
import eu.ka122.planner.drafting.persistence.ApplicationEntity;
import eu.ka122.planner.drafting.persistence.ApplicationRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the budget module the plans of a call year's drafts, page by page, for the
 * preview of a rate-table publication.
 */
@Component
class DraftPlansOfApplications implements DraftPlans {

	static final int PAGE = 500;

	private final ApplicationRepository repository;

	private final JdbcClient jdbc;

	@PersistenceContext
	private EntityManager entityManager;

	DraftPlansOfApplications(ApplicationRepository repository, JdbcClient jdbc) {
		this.repository = repository;
		this.jdbc = jdbc;
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
