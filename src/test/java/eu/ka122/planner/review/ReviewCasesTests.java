package eu.ka122.planner.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.budget.RateTableYears;
import eu.ka122.planner.budget.RateTables;
import eu.ka122.planner.budget.domain.AgencyRates;
import eu.ka122.planner.budget.domain.BudgetCategory;
import eu.ka122.planner.budget.domain.RateTable;
import eu.ka122.planner.budget.persistence.RateTableStore;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.Submitter;
import eu.ka122.planner.support.TestAccounts;
import eu.ka122.planner.support.TestClockConfiguration.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application view's budgets: at submission and with the rates in force now, the same
 * until a new version is published, then compared category by category. A call year of
 * its own and Denmark's agency (DK01), which no other test uses.
 */
@IntegrationTest
class ReviewCasesTests {

	@Autowired
	ReviewCases cases;

	@Autowired
	RateTables rateTables;

	@Autowired
	RateTableStore store;

	@Autowired
	Submitter submitter;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theBudgetNowIsTheSubmittedOneUntilTheRatesChangeThenBothAreCompared() {
		int year = RateTableYears.publishedYear(this.jdbc, this.store);
		this.clock.set(Instant.parse((year - 1) + "-11-25T10:00:00Z"));
		String coordinator = this.accounts.user(Role.COORDINATOR, "DK");
		Submitter.Submitted submitted = this.submitter.submitAs(coordinator, year, Submitter.job(3, 10));
		AccountPrincipal officer = this.submitter.principal(this.accounts.user(Role.NA_OFFICER, "DK01"));

		ReviewCases.CaseDetail same = this.cases.detail(officer, submitted.id());
		assertThat(same.ratesChanged()).isFalse();
		assertThat(same.atSubmission().rateTableVersion()).isEqualTo(1);
		assertThat(same.current().breakdown()).isEqualTo(same.atSubmission().breakdown());
		assertThat(same.comparison()).allSatisfy((c) -> assertThat(c.difference()).isZero());
		BigDecimal requested = this.jdbc.queryForObject(
				"select requested_total from application_submission where application_id = ?", BigDecimal.class,
				submitted.id());
		assertThat(same.atSubmission().breakdown().total()).isEqualByComparingTo(requested);

		// version 2: Denmark's staff rate for group 1 (Italy) 10 EUR lower
		RateTable v1 = this.store.load(this.store.findPublished(year, 1).orElseThrow());
		AgencyRates dk = v1.agencies().get("DK01");
		Map<Integer, Integer> staff = new HashMap<>(dk.staff());
		staff.put(1, staff.get(1) - 10);
		RateTable v2 = v1.withVersion(2)
			.withAgency(new AgencyRates(dk.agencyCode(), dk.country(), dk.name(), staff, dk.pupil(), false));
		this.store.publish(this.store.insertDraft(v2, Set.of("IE", "LT"), "test", 1), "test", Instant.now());
		this.rateTables.evictNewest(year);

		ReviewCases.CaseDetail changed = this.cases.detail(officer, submitted.id());
		assertThat(changed.ratesChanged()).isTrue();
		assertThat(changed.atSubmission().rateTableVersion()).isEqualTo(1);
		assertThat(changed.current().rateTableVersion()).isEqualTo(2);
		assertThat(changed.atSubmission().breakdown()).isEqualTo(same.atSubmission().breakdown());
		// 3 participants × (10 days + 2 travel days) × 10 EUR
		assertThat(changed.comparison()).anySatisfy((c) -> {
			assertThat(c.category()).isEqualTo(BudgetCategory.INDIVIDUAL_SUPPORT);
			assertThat(c.difference()).isEqualByComparingTo("-360");
		});
		assertThat(changed.comparison()).filteredOn((c) -> c.category() != BudgetCategory.INDIVIDUAL_SUPPORT)
			.allSatisfy((c) -> assertThat(c.difference()).isZero());
	}

}
