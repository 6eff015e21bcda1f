package eu.ka122.planner.budget;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.budget.DraftRecomputations.Job;
import eu.ka122.planner.budget.DraftRecomputations.Status;
import eu.ka122.planner.budget.domain.RateTable;
import eu.ka122.planner.budget.persistence.RateTableStore;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.SignIn;
import eu.ka122.planner.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a publication the stored budget of every draft of the call year is recomputed in
 * the background: submissions are left alone, an interrupted job finishes the rest, and a
 * draft a coordinator holds is skipped and done later.
 */
@IntegrationTest
class DraftRecomputationsTests {

	static final int DRAFTS = 30;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RateTableStore store;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	RateTableAdministration administration;

	@Autowired
	DraftRecomputations recomputations;

	@Autowired
	DraftPlans drafts;

	@Autowired
	Budgets budgets;

	@Autowired
	RateTables rateTables;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MockMvcTester mvc;

	@Test
	void publishingRecomputesEveryDraftOfTheCallYearAndLeavesSubmissionsAlone() {
		int year = yearWithDrafts();
		long organisation = this.accounts.organisation("IT");
		long submitted = this.jdbc.queryForObject("""
				insert into application (organisation_id, agency_code, call_year, round, status, title, reference,
				    submitted_at)
				values (?, 'IT02', ?, 1, 'SUBMITTED', 'Submitted', ?, now()) returning id""", Long.class, organisation,
				year, "KA122-TEST-" + year);
		long otherYear = this.jdbc.queryForObject("select count(*) from application where call_year <> ? "
				+ "and draft_rate_version is not null and status = 'DRAFT'", Long.class, year);

		publishNewVersion(year);
		Job job = finished(year);

		assertThat(job.status()).isEqualTo(Status.DONE);
		assertThat(job.version()).isEqualTo(2);
		assertThat(job.done()).isEqualTo(DRAFTS);
		assertThat(job.total()).isEqualTo(DRAFTS);
		Map<Long, BigDecimal> live = liveTotals(year);
		assertThat(live).hasSize(DRAFTS);
		List<Map<String, Object>> rows = this.jdbc
			.queryForList("select id, draft_total, draft_rate_version, version from application where call_year = ? "
					+ "and status = 'DRAFT'", year);
		assertThat(rows).hasSize(DRAFTS).allSatisfy((row) -> {
			assertThat(row.get("draft_rate_version")).isEqualTo(2);
			assertThat((BigDecimal) row.get("draft_total")).isEqualByComparingTo(live.get((Long) row.get("id")));
			// coordinators' optimistic locking is not disturbed
			assertThat(row.get("version")).isEqualTo(0L);
		});
		// the new table lowers the Spanish staff rate, so the stored totals are not the
		// old ones
		assertThat(live.values()).allSatisfy((total) -> assertThat(total).isPositive());
		assertThat(this.jdbc.queryForMap(
				"select draft_total, draft_rate_version, version, status from application where id = ?", submitted))
			.containsEntry("draft_total", null)
			.containsEntry("draft_rate_version", null)
			.containsEntry("version", 0L)
			.containsEntry("status", "SUBMITTED");
		assertThat(this.jdbc.queryForObject("select count(*) from application where call_year <> ? "
				+ "and draft_rate_version is not null and status = 'DRAFT'", Long.class, year))
			.isEqualTo(otherYear);
	}

	@Test
	void anInterruptedJobFinishesTheRestWhenResumed() {
		int year = yearWithDrafts();
		// as if the app stopped after 10 drafts: those keep what was stored then
		this.jdbc.update("""
				update application set draft_total = 12345.67, draft_rate_version = 1
				where id in (select id from application where call_year = ? order by id limit 10)""", year);
		long id = this.jdbc.queryForObject("""
				insert into draft_recomputation (call_year, rate_table_version, status, total, done, started_at)
				values (?, 1, 'RUNNING', ?, 10, now()) returning id""", Long.class, year, DRAFTS);

		this.recomputations.resume();
		Job job = finished(year);

		assertThat(job.id()).isEqualTo(id);
		assertThat(job.status()).isEqualTo(Status.DONE);
		assertThat(job.done()).isEqualTo(DRAFTS);
		Map<Long, BigDecimal> live = liveTotals(year);
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"select id, draft_total, draft_rate_version from application where call_year = ? order by id", year);
		assertThat(rows.subList(0, 10))
			.allSatisfy((row) -> assertThat((BigDecimal) row.get("draft_total")).isEqualByComparingTo("12345.67"));
		assertThat(rows.subList(10, DRAFTS)).allSatisfy((row) -> {
			assertThat(row.get("draft_rate_version")).isEqualTo(1);
			assertThat((BigDecimal) row.get("draft_total")).isEqualByComparingTo(live.get((Long) row.get("id")));
		});
	}

	@Test
	void aDraftBeingSavedIsSkippedWithoutWaitingAndDoneOnALaterPass() throws Exception {
		int year = yearWithDrafts();
		long locked = this.jdbc.queryForObject("select min(id) from application where call_year = ?", Long.class, year);
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Thread coordinator = new Thread(() -> new TransactionTemplate(this.transactions).executeWithoutResult((s) -> {
			this.jdbc.queryForObject("select id from application where id = ? for update", Long.class, locked);
			holding.countDown();
			try {
				release.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}));
		coordinator.start();
		try {
			assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
			this.recomputations.start(year, 1);

			Job whileHeld = waitFor(year, (job) -> job.done() == DRAFTS - 1);
			assertThat(whileHeld.status()).isEqualTo(Status.RUNNING);
			assertThat(this.jdbc.queryForObject("select draft_rate_version from application where id = ?",
					Integer.class, locked))
				.isNull();
		}
		finally {
			release.countDown();
			coordinator.join(10_000);
		}
		Job job = finished(year);
		assertThat(job.status()).isEqualTo(Status.DONE);
		assertThat(job.done()).isEqualTo(DRAFTS);
		assertThat(
				this.jdbc.queryForObject("select draft_total from application where id = ?", BigDecimal.class, locked))
			.isEqualByComparingTo(liveTotals(year).get(locked));
	}

	@Test
	void theAdministratorsPageShowsTheProgressAndPollsOnlyWhileRunning() {
		int year = RateTableYears.publishedYear(this.jdbc, this.store);
		long id = this.jdbc.queryForObject("""
				insert into draft_recomputation (call_year, rate_table_version, status, total, done, started_at)
				values (?, 1, 'RUNNING', 10000, 1234, now()) returning id""", Long.class, year);
		try {
			MockHttpSession admin = SignIn.as(this.mvc, this.accounts.user(Role.ADMIN, null));
			assertThat(this.mvc.get().uri("/admin/rates/{y}", year).session(admin)).hasStatusOk()
				.bodyText()
				.contains("1,234 of 10,000 drafts")
				.contains("<progress id=\"recomputation-progress\"")
				.contains("max=\"10000\"")
				.contains("value=\"1234\"")
				.contains("aria-valuenow=\"1234\"")
				.contains("hx-get=\"/admin/rates/" + year + "/recomputation\"")
				.contains("hx-trigger=\"every 2s\"")
				.contains("href=\"/admin/rates/" + year + "\"");
			this.jdbc.update("update draft_recomputation set status = 'DONE', done = 10000, finished_at = now() "
					+ "where id = ?", id);
			assertThat(this.mvc.get().uri("/admin/rates/{y}/recomputation", year).session(admin)).hasStatusOk()
				.bodyText()
				.contains("10,000 of 10,000 drafts")
				.contains("Finished at")
				.doesNotContain("hx-trigger")
				.doesNotContain("<html");
			MockHttpSession coordinator = SignIn.as(this.mvc, this.accounts.user(Role.COORDINATOR, "ES"));
			assertThat(this.mvc.get().uri("/admin/rates/{y}/recomputation", year).session(coordinator)).hasStatus(403);
		}
		finally {
			this.jdbc.update("update draft_recomputation set status = 'DONE', finished_at = now() where id = ?", id);
		}
	}

	/** A call year with version 1 published and {@link #DRAFTS} Spanish drafts. */
	private int yearWithDrafts() {
		int year = RateTableYears.publishedYear(this.jdbc, this.store);
		long organisation = this.accounts.organisation("ES");
		this.jdbc.update("""
				insert into application (organisation_id, agency_code, call_year, round, status, title)
				select ?, 'ES01', ?, 1, 'DRAFT', 'Recomputed ' || g from generate_series(1, ?) g""", organisation, year,
				DRAFTS);
		this.jdbc.update("""
				insert into application_activity (application_id, position, type, destination_country, participants,
				    duration_days, travel_days, distance_km)
				select id, p, case when p = 0 then 'JOB_SHADOWING' else 'COURSE' end, 'IT', 1 + (id % 5) + p,
				    5 + (id % 5), 2, 500 + (id % 3000)
				from application, generate_series(0, 1) p where call_year = ?""", year);
		return year;
	}

	private void publishNewVersion(int year) {
		AccountPrincipal editor = principal(this.accounts.user(Role.ADMIN, null));
		AccountPrincipal publisher = principal(this.accounts.user(Role.ADMIN, null));
		this.administration.startDraft(editor, year);
		long lock = this.store.draft(year).orElseThrow().lockVersion();
		var saved = this.administration.save(editor, year, lock, Map.of("agencies[ES01].staff[1]", "150"));
		this.administration.publish(publisher, year, saved.lockVersion());
	}

	private Map<Long, BigDecimal> liveTotals(int year) {
		RateTable table = this.rateTables.current(year).orElseThrow();
		Map<Long, BigDecimal> totals = new HashMap<>();
		this.drafts.forEachDraft(year, (draft) -> totals.put(draft.applicationId(),
				this.budgets.calculate(draft.plan(), table, draft.agencyCode()).total()));
		return totals;
	}

	private Job finished(int year) {
		return waitFor(year, (job) -> job.status() != Status.RUNNING);
	}

	private Job waitFor(int year, Predicate<Job> condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			Job job = this.recomputations.latest(year).orElse(null);
			if (job != null && condition.test(job)) {
				return job;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("the recomputation of " + year + " did not get there: "
				+ this.recomputations.latest(year).orElse(null));
	}

	private AccountPrincipal principal(String username) {
		return (AccountPrincipal) this.users.loadUserByUsername(username);
	}

}
