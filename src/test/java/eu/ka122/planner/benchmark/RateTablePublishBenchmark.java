package eu.ka122.planner.benchmark;

import java.util.Map;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.budget.Budgets;
import eu.ka122.planner.budget.DraftPlans;
import eu.ka122.planner.budget.DraftRecomputations;
import eu.ka122.planner.budget.PublicationPreview;
import eu.ka122.planner.budget.RateTableAdministration;
import eu.ka122.planner.budget.RateTableYears;
import eu.ka122.planner.budget.RateTables;
import eu.ka122.planner.budget.persistence.RateTableStore;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing a rate table while 10 000 drafts are being written: how long the preview
 * (every draft computed with the old and the new table), the publication itself, and one
 * pass computing every draft with the published table take, and how long the background
 * job takes to store the recomputed budget of every draft (from the publication's commit
 * until the job is done). Not part of the normal run (the name does not end in Tests):
 * {@code ./mvnw -o test -Dtest=RateTablePublishBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@IntegrationTest
class RateTablePublishBenchmark {

	static final int DRAFTS = 10_000;

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
	PublicationPreview preview;

	@Autowired
	DraftPlans drafts;

	@Autowired
	Budgets budgets;

	@Autowired
	RateTables rateTables;

	@Autowired
	DraftRecomputations recomputations;

	@Test
	void publishWithTenThousandDrafts() {
		int year = RateTableYears.publishedYear(this.jdbc, this.store);
		long organisation = this.accounts.organisation("ES");
		this.jdbc.update("""
				insert into application (organisation_id, agency_code, call_year, round, status, title)
				select ?, 'ES01', ?, 1, 'DRAFT', 'Benchmark ' || g from generate_series(1, ?) g""", organisation, year,
				DRAFTS);
		this.jdbc.update("""
				insert into application_activity (application_id, position, type, destination_country, participants,
				    duration_days, travel_days, distance_km)
				select id, p, case when p = 0 then 'JOB_SHADOWING' else 'COURSE' end, 'IT', 1 + (id % 5) + p,
				    5 + (id % 5), 2, 500 + (id % 3000)
				from application, generate_series(0, 1) p where call_year = ?""", year);
		AccountPrincipal editor = principal(this.accounts.user(Role.ADMIN, null));
		AccountPrincipal publisher = principal(this.accounts.user(Role.ADMIN, null));
		this.administration.startDraft(editor, year);
		long lock = this.store.draft(year).orElseThrow().lockVersion();
		var saved = this.administration.save(editor, year, lock, Map.of("agencies[ES01].staff[1]", "150"));
		assertThat(saved.outcome()).isEqualTo(RateTableAdministration.SaveResult.Outcome.SAVED);

		long t0 = System.nanoTime();
		var impact = this.preview.preview(year);
		long t1 = System.nanoTime();
		this.administration.publish(publisher, year, saved.lockVersion());
		long t2 = System.nanoTime();
		DraftRecomputations.Job job = this.recomputations.latest(year).orElseThrow();
		long giveUp = t2 + 600_000_000_000L;
		while (job.running() && System.nanoTime() < giveUp) {
			sleep();
			job = this.recomputations.latest(year).orElseThrow();
		}
		long recomputed = System.nanoTime();
		assertThat(job.status()).isEqualTo(DraftRecomputations.Status.DONE);
		assertThat(job.done()).isEqualTo(DRAFTS);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from application where call_year = ? and draft_rate_version = ? and draft_total > 0",
				Integer.class, year, job.version()))
			.isEqualTo(DRAFTS);
		long t2b = System.nanoTime();
		var table = this.rateTables.current(year).orElseThrow();
		int[] computed = { 0 };
		this.drafts.forEachDraft(year, (draft) -> {
			this.budgets.calculate(draft.plan(), table, draft.agencyCode());
			computed[0]++;
		});
		long t3 = System.nanoTime();

		assertThat(impact.drafts()).isEqualTo(DRAFTS);
		assertThat(impact.changed()).isEqualTo(DRAFTS);
		assertThat(computed[0]).isEqualTo(DRAFTS);
		System.out.printf("%nRATE TABLE PUBLISH BENCHMARK (%d drafts, 2 activities each)%n", DRAFTS);
		System.out.printf("  preview (old and new budget of every draft): %d ms%n", (t1 - t0) / 1_000_000);
		System.out.printf("  publish (validate, diff, flip to published, audit): %d ms%n", (t2 - t1) / 1_000_000);
		System.out.printf("  background recomputation storing every draft's budget (commit to DONE): %d ms%n",
				(recomputed - t2) / 1_000_000);
		System.out.printf("  every draft computed once with the published table: %d ms%n%n", (t3 - t2b) / 1_000_000);
	}

	private static void sleep() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private AccountPrincipal principal(String username) {
		return (AccountPrincipal) this.users.loadUserByUsername(username);
	}

}
