package eu.ka122.planner.budget;

import eu.ka122.planner.budget.domain.RateTable;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.QueryCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every estimate asks for the newest published rate table of its call year; the answer is
 * remembered until a publication says otherwise.
 */
@IntegrationTest
class RateTablesTests {

	@Autowired
	RateTables rateTables;

	@Autowired
	QueryCounter queries;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@AfterEach
	void forgetWhatTheTestsPublished() {
		this.rateTables.evictNewest(2026);
	}

	@Test
	void remembersTheNewestPublishedVersionWithoutAskingTheDatabaseAgain() {
		this.rateTables.current(2026);

		this.queries.reset();
		assertThat(this.rateTables.current(2026)).map(RateTable::version).contains(1);
		assertThat(this.rateTables.current(2026)).map(RateTable::version).contains(1);
		assertThat(this.queries.count()).isZero();
	}

	@Test
	void seesANewlyPublishedVersionOnceItIsEvicted() {
		this.transactions.executeWithoutResult((status) -> {
			// Published versions cannot be deleted: this one disappears with the
			// rollback.
			status.setRollbackOnly();
			assertThat(this.rateTables.current(2026)).map(RateTable::version).contains(1);

			publishVersion2Of2026WithInclusionSupport(130);
			assertThat(this.rateTables.current(2026)).map(RateTable::version).contains(1);

			this.rateTables.evictNewest(2026);
			RateTable newest = this.rateTables.current(2026).orElseThrow();
			assertThat(newest.version()).isEqualTo(2);
			assertThat(newest.units().inclusionSupport()).isEqualTo(130);
		});
		this.rateTables.evictNewest(2026);
		assertThat(this.rateTables.current(2026)).map(RateTable::version).contains(1);
	}

	@Test
	void forgetsTheNewestVersionWhenAPublicationCommits() {
		this.rateTables.current(2026);
		this.transactions.executeWithoutResult((status) -> {
			this.events.publishEvent(new RateTablePublished(2026, 2, "test"));
			// Not before the commit: a concurrent estimate could remember the old version
			// again.
			this.queries.reset();
			this.rateTables.current(2026);
			assertThat(this.queries.count()).isZero();
		});

		this.queries.reset();
		assertThat(this.rateTables.current(2026)).map(RateTable::version).contains(1);
		assertThat(this.queries.count()).isPositive();
	}

	@Test
	void keepsTheNewestVersionWhenAPublicationIsRolledBack() {
		this.rateTables.current(2026);
		this.transactions.executeWithoutResult((status) -> {
			this.events.publishEvent(new RateTablePublished(2026, 2, "test"));
			status.setRollbackOnly();
		});

		this.queries.reset();
		this.rateTables.current(2026);
		assertThat(this.queries.count()).isZero();
	}

	@Test
	void doesNotRememberCallYearsWithoutATable() {
		assertThat(this.rateTables.current(2030)).isEmpty();

		this.queries.reset();
		assertThat(this.rateTables.current(2030)).isEmpty();
		assertThat(this.queries.count()).isPositive();
	}

	private void publishVersion2Of2026WithInclusionSupport(int inclusionSupport) {
		long id = this.jdbc.queryForObject("""
				insert into rate_table (call_year, version, status, org_support_basic, org_support_individual,
				    org_support_beyond_threshold, org_support_threshold, org_support_long_term, inclusion_support,
				    preparatory_visit, course_fee_per_day, linguistic_support, reinforced_linguistic_support,
				    reduced_rate_factor, full_rate_days, accompanying_cap_days, exceptional_cost_share,
				    expensive_travel_threshold_share, course_share_floor, course_share_threshold, course_share_ratio)
				select call_year, 2, 'DRAFT', org_support_basic, org_support_individual,
				    org_support_beyond_threshold, org_support_threshold, org_support_long_term, ?,
				    preparatory_visit, course_fee_per_day, linguistic_support, reinforced_linguistic_support,
				    reduced_rate_factor, full_rate_days, accompanying_cap_days, exceptional_cost_share,
				    expensive_travel_threshold_share, course_share_floor, course_share_threshold, course_share_ratio
				from rate_table where call_year = 2026 and version = 1
				returning id""", Long.class, inclusionSupport);
		long v1 = this.jdbc.queryForObject("select id from rate_table where call_year = 2026 and version = 1",
				Long.class);
		this.jdbc.update("""
				insert into rate_table_travel_band (rate_table_id, from_km, to_km, green, standard)
				select ?, from_km, to_km, green, standard from rate_table_travel_band where rate_table_id = ?""", id,
				v1);
		this.jdbc.update("""
				insert into rate_table_country_group (rate_table_id, country, country_group, in_guide)
				select ?, country, country_group, in_guide from rate_table_country_group where rate_table_id = ?""", id,
				v1);
		this.jdbc.update("""
				insert into rate_table_rate_range (rate_table_id, kind, country_group, min_rate, max_rate)
				select ?, kind, country_group, min_rate, max_rate from rate_table_rate_range where rate_table_id = ?""",
				id, v1);
		this.jdbc.update("""
				insert into rate_table_agency_rate (rate_table_id, agency_code, country, default_for_country,
				    provisional, staff_group_1, staff_group_2, staff_group_3, pupil_group_1, pupil_group_2,
				    pupil_group_3)
				select ?, agency_code, country, default_for_country, provisional, staff_group_1, staff_group_2,
				    staff_group_3, pupil_group_1, pupil_group_2, pupil_group_3
				from rate_table_agency_rate where rate_table_id = ?""", id, v1);
		this.jdbc.update("update rate_table set status = 'PUBLISHED', published_at = now() where id = ?", id);
	}

}
