package eu.ka122.planner.budget.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.budget.RateTableFields;
import eu.ka122.planner.budget.RateTableYears;
import eu.ka122.planner.budget.persistence.RateTableStore;
import eu.ka122.planner.drafting.Applications;
import eu.ka122.planner.support.ApplicationForms;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.SignIn;
import eu.ka122.planner.support.TestAccounts;
import eu.ka122.planner.support.TestClockConfiguration.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Publishing a rate table: drafts are computed with the new version from then on, a
 * submitted application keeps the version and total it was submitted with.
 */
@IntegrationTest
class RateTablePublicationJourneyTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RateTableStore store;

	@Autowired
	MutableClock clock;

	@Autowired
	Applications applications;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationForms forms;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void draftsAreComputedWithThePublishedVersionAndSubmissionsKeepTheirs() {
		int year = RateTableYears.publishedYear(this.jdbc, this.store);
		this.clock.set(Instant.parse((year - 1) + "-11-25T10:00:00Z"));
		String submitter = this.accounts.user(Role.COORDINATOR, "ES");
		MockHttpSession submitting = SignIn.as(this.mvc, submitter);
		long submittedId = this.forms.create(submitting, year + "-1");
		this.forms.fill(submitting, submittedId, year + "-09-01");
		assertThat(this.forms.submit(submitting, submittedId)).hasStatus3xxRedirection();
		String snapshotBefore = this.jdbc.queryForObject(
				"select snapshot::text || requested_total || '/' || rate_table_version from application_submission "
						+ "where application_id = ?",
				String.class, submittedId);

		String drafter = this.accounts.user(Role.COORDINATOR, "ES");
		MockHttpSession drafting = SignIn.as(this.mvc, drafter);
		long draftId = this.forms.create(drafting, year + "-1");
		this.forms.fill(drafting, draftId, year + "-09-01");
		BigDecimal before = total(drafter, draftId);
		assertThat(version(drafter, draftId)).isEqualTo(1);
		// each save stores the draft's budget with the newest published table
		assertThat(
				this.jdbc.queryForMap("select draft_total, draft_rate_version from application where id = ?", draftId))
			.containsEntry("draft_rate_version", 1)
			.hasEntrySatisfying("draft_total", (t) -> assertThat((BigDecimal) t).isEqualByComparingTo(before));

		// an officer lowers the Spanish agency's staff rates, an administrator publishes
		MockHttpSession admin = SignIn.as(this.mvc, this.accounts.user(Role.ADMIN, null));
		this.mvc.post().uri("/admin/rates/{y}/draft/start", year).session(admin).with(csrf()).exchange();
		MockHttpSession officer = SignIn.as(this.mvc, this.accounts.user(Role.NA_OFFICER, "ES01"));
		Map<String, String> rates = new LinkedHashMap<>(Map.of("agencies[ES01].staff[1]", "150",
				"agencies[ES01].staff[2]", "140", "agencies[ES01].staff[3]", "120", "agencies[ES01].pupil[1]", "70",
				"agencies[ES01].pupil[2]", "60", "agencies[ES01].pupil[3]", "50"));
		var save = this.mvc.post()
			.uri("/agency/rates/{y}", year)
			.session(officer)
			.with(csrf())
			.param("lockVersion", String.valueOf(lock(year)));
		rates.forEach(save::param);
		assertThat(save).hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri("/admin/rates/{y}/preview", year).session(admin)).hasStatusOk()
			.bodyText()
			.contains(
					"1 draft application is being written; the budget of 1 draft would change, by -1,476.00 EUR in total.")
			.contains("-1,476.00");
		assertThat(this.mvc.post()
			.uri("/admin/rates/{y}/publish", year)
			.session(admin)
			.with(csrf())
			.param("lockVersion", String.valueOf(lock(year)))).hasRedirectedUrl("/admin/rates/" + year);

		// 3 participants × 10 days + 2 travel days at group 1: (191 − 150) × 12 × 3 less
		assertThat(version(drafter, draftId)).isEqualTo(2);
		assertThat(before.subtract(total(drafter, draftId))).isEqualByComparingTo("1476");
		assertThat(this.jdbc.queryForObject(
				"select snapshot::text || requested_total || '/' || rate_table_version from application_submission "
						+ "where application_id = ?",
				String.class, submittedId))
			.isEqualTo(snapshotBefore)
			.endsWith("/1");
		assertThat(RateTableFields.of(this.store.load(this.store.findPublished(year, 1).orElseThrow())))
			.containsEntry("agencies[ES01].staff[1]", "191");
	}

	private BigDecimal total(String username, long id) {
		return this.applications.load(principal(username), id).estimate().breakdown().total();
	}

	private int version(String username, long id) {
		return this.applications.load(principal(username), id).estimate().rateTableVersion();
	}

	private AccountPrincipal principal(String username) {
		return (AccountPrincipal) this.users.loadUserByUsername(username);
	}

	private long lock(int year) {
		return this.store.draft(year).orElseThrow().lockVersion();
	}

}
