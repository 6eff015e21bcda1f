package eu.ka122.planner.accounts.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.budget.RateTableYears;
import eu.ka122.planner.budget.persistence.RateTableStore;
import eu.ka122.planner.calls.Calls;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.SignIn;
import eu.ka122.planner.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Administrators maintain calls, organisations (with merges) and National Agencies. */
@IntegrationTest
class OrganisationAndCallAdminTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RateTableStore store;

	@Autowired
	Calls calls;

	MockHttpSession admin;

	@BeforeEach
	void signIn() {
		this.admin = SignIn.as(this.mvc, this.accounts.user(Role.ADMIN, null));
	}

	@Test
	void callDeadlinesAreEnteredInBrusselsTimeAndRoundTwoOpensPerAgency() {
		int year = RateTableYears.publishedYear(this.jdbc, this.store);
		long lock1 = lock(year, 1);
		long lock2 = lock(year, 2);
		assertThat(this.mvc.post()
			.uri("/admin/calls/{y}", year)
			.session(this.admin)
			.with(csrf())
			.param("round1.lockVersion", String.valueOf(lock1))
			.param("round1.deadline", year + "-03-05T12:00")
			.param("round1.startFrom", year + "-06-01")
			.param("round1.startTo", year + "-12-31")
			.param("round2.lockVersion", String.valueOf(lock2))
			.param("round2.deadline", year + "-10-01T12:00")
			.param("round2.startFrom", (year + 1) + "-01-01")
			.param("round2.startTo", (year + 1) + "-05-31")
			.param("round2", "ES01")).hasRedirectedUrl("/admin/calls/" + year);
		assertThat(this.calls.round(year, 1).orElseThrow().deadline().toString()).isEqualTo(year + "-03-05T11:00:00Z");
		assertThat(this.calls.round2Open(year, "ES01")).isTrue();
		assertThat(this.calls.round2Open(year, "IT02")).isFalse();

		assertThat(this.mvc.post()
			.uri("/admin/calls/{y}", year)
			.session(this.admin)
			.with(csrf())
			.param("round1.lockVersion", String.valueOf(lock(year, 1)))
			.param("round1.deadline", "next week")
			.param("round1.startFrom", year + "-06-01")
			.param("round1.startTo", year + "-05-31")
			.param("round2.lockVersion", String.valueOf(lock(year, 2)))
			.param("round2.deadline", year + "-10-01T12:00")
			.param("round2.startFrom", (year + 1) + "-01-01")
			.param("round2.startTo", (year + 1) + "-05-31")).hasStatusOk()
			.bodyText()
			.contains("Enter the deadline as a date and time.")
			.contains("The latest start date is before the earliest.")
			.contains("value=\"next week\"");
		assertThat(this.calls.round(year, 1).orElseThrow().deadline().toString()).isEqualTo(year + "-03-05T11:00:00Z");
	}

	@Test
	void organisationsAreCreatedEditedAndBadValuesExplained() {
		String oid = "E" + (20_000_000 + (int) (System.nanoTime() % 70_000_000));
		assertThat(this.mvc.post()
			.uri("/admin/organisations")
			.session(this.admin)
			.with(csrf())
			.param("oid", oid)
			.param("legalName", "Escuela Nueva")
			.param("country", "ES")
			.param("type", "SCHOOL")
			.param("accredited", "true")).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject("select legal_name || accredited from organisation where oid = ?",
				String.class, oid))
			.isEqualTo("Escuela Nuevatrue");
		assertThat(this.mvc.post()
			.uri("/admin/organisations")
			.session(this.admin)
			.with(csrf())
			.param("oid", "X123")
			.param("legalName", "Typed name")
			.param("country", "US")
			.param("type", "SCHOOL")).hasStatusOk()
			.bodyText()
			.contains("Enter an OID: E followed by eight digits.")
			.contains("Enter the two-letter code of an eligible country.")
			.contains("value=\"Typed name\"");
	}

	@Test
	void theOrganisationSearchFoldsCaseAndAccentsAndTheListFollowsTheFold() throws Exception {
		String tag = String.valueOf(System.nanoTime() % 1_000_000_000L);
		Map<String, String> oids = new LinkedHashMap<>();
		// created through the form, in no particular order
		for (String[] organisation : new String[][] { { "Szkoła Podstawowa Łódź", "PL" }, { "Γυμνάσιο Αθήνας", "EL" },
				{ "Grundschule München-Straße", "DE" }, { "Средно училище София", "BG" },
				{ "İstanbul Anadolu Lisesi", "TR" }, { "Escola Rosalía de Castro", "ES" } }) {
			String name = organisation[0] + " " + tag;
			String oid = "E" + (20_000_000 + (int) (System.nanoTime() % 70_000_000));
			assertThat(this.mvc.post()
				.uri("/admin/organisations")
				.session(this.admin)
				.with(csrf())
				.param("oid", oid)
				.param("legalName", name)
				.param("country", organisation[1])
				.param("type", "SCHOOL")).hasStatus3xxRedirection();
			oids.put(name, oid);
		}
		String[][] found = { { "lodz " + tag, "Szkoła Podstawowa Łódź" }, { "ŁÓDŹ " + tag, "Szkoła Podstawowa Łódź" },
				{ "ΑΘΗΝΑΣ " + tag, "Γυμνάσιο Αθήνας" }, { "munchen-strasse " + tag, "Grundschule München-Straße" },
				{ "СОФИЯ " + tag, "Средно училище София" },
				{ "ISTANBUL ANADOLU LISESI " + tag, "İstanbul Anadolu Lisesi" },
				{ "Rosalia de Castro " + tag, "Escola Rosalía de Castro" } };
		for (String[] query : found) {
			String page = organisations(query[0]);
			assertThat(page).as(query[0])
				.contains(">1 organisation<")
				.contains("data-oid=\"" + oids.get(query[1] + " " + tag) + "\"");
		}
		String all = organisations(tag);
		assertThat(all).contains(">6 organisations<");
		List<String> inFoldedOrder = List.of("Escola Rosalía de Castro", "Grundschule München-Straße",
				"İstanbul Anadolu Lisesi", "Szkoła Podstawowa Łódź", "Γυμνάσιο Αθήνας", "Средно училище София");
		for (int i = 1; i < inFoldedOrder.size(); i++) {
			assertThat(all.indexOf(oids.get(inFoldedOrder.get(i - 1) + " " + tag))).as(inFoldedOrder.get(i))
				.isLessThan(all.indexOf(oids.get(inFoldedOrder.get(i) + " " + tag)));
		}
	}

	@Test
	void mergingADuplicateMovesItsUsersApplicationsAndGrants() {
		long kept = this.accounts.organisation("ES");
		long duplicate = this.accounts.organisation("ES");
		String duplicateOid = this.jdbc.queryForObject("select oid from organisation where id = ?", String.class,
				duplicate);
		String coordinator = this.accounts.coordinatorOf(duplicate);
		this.jdbc.update(
				"insert into application (organisation_id, agency_code, call_year, round, status, "
						+ "submitted_at, reference) values (?, 'ES01', 2027, 1, 'SUBMITTED', now(), ?)",
				duplicate, "MERGE-" + duplicate);
		this.jdbc.update("insert into organisation_grant (organisation_id, call_year, round, source) "
				+ "values (?, 2024, 1, 'MANUAL')", duplicate);
		assertThat(this.mvc.post()
			.uri("/admin/organisations/{id}/merge", kept)
			.session(this.admin)
			.with(csrf())
			.param("duplicateOid", duplicateOid)).hasRedirectedUrl("/admin/organisations/" + kept);
		assertThat(this.jdbc.queryForObject("select count(*) from organisation where id = ?", Integer.class, duplicate))
			.isZero();
		assertThat(this.jdbc.queryForObject("select organisation_id from app_user where username = ?", Long.class,
				coordinator))
			.isEqualTo(kept);
		assertThat(this.jdbc.queryForObject("select count(*) from application where organisation_id = ?", Integer.class,
				kept))
			.isEqualTo(1);
		assertThat(this.mvc.get().uri("/admin/organisations/{id}", kept).session(this.admin)).bodyText()
			.contains("1 user, 1 application and 1 grant moved")
			.contains("Call 2024, round 1");
		// outside a merge the database still refuses to move a submitted application
		long other = this.accounts.organisation("ES");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.jdbc
				.update("update application set organisation_id = ? where organisation_id = ?", other, kept))
			.isInstanceOf(org.springframework.dao.DataAccessException.class);
	}

	@Test
	void aGrantOrMergeForAnOrganisationMergedAwayMeanwhileIsExplainedOnTheList() {
		long kept = this.accounts.organisation("ES");
		long gone = this.accounts.organisation("ES");
		String goneOid = this.jdbc.queryForObject("select oid from organisation where id = ?", String.class, gone);
		// a second administrator merges it while this one still has its page open
		assertThat(this.mvc.post()
			.uri("/admin/organisations/{id}/merge", kept)
			.session(this.admin)
			.with(csrf())
			.param("duplicateOid", goneOid)).hasRedirectedUrl("/admin/organisations/" + kept);

		for (var post : java.util.List.of(
				this.mvc.post()
					.uri("/admin/organisations/{id}/grants", gone)
					.param("grantYear", "2024")
					.param("grantRound", "1")
					.param("grantNote", "paper file"),
				this.mvc.post().uri("/admin/organisations/{id}/merge", gone).param("duplicateOid", "E10000001"),
				this.mvc.post()
					.uri("/admin/organisations/{id}/grants", 0)
					.param("grantYear", "2024")
					.param("grantRound", "2"))) {
			var result = post.session(this.admin).with(csrf()).exchange();
			assertThat(result).hasRedirectedUrl("/admin/organisations");
			assertThat(this.mvc.get()
				.uri("/admin/organisations")
				.session(this.admin)
				.flashAttrs(result.getMvcResult().getFlashMap())).bodyText().contains("There is no such organisation.");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from organisation_grant where organisation_id in (?, 0)",
				Integer.class, gone))
			.isZero();
	}

	@Test
	void anAgencysContactEmailIsEdited() {
		long version = this.jdbc.queryForObject("select version from national_agency where code = 'LU01'", Long.class);
		assertThat(this.mvc.post()
			.uri("/admin/agencies/LU01")
			.session(this.admin)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("country", "LU")
			.param("name", "Anefore")
			.param("contactEmail", "school@anefore.example")
			.param("defaultForCountry", "true")).hasRedirectedUrl("/admin/agencies");
		assertThat(
				this.jdbc.queryForObject("select contact_email from national_agency where code = 'LU01'", String.class))
			.isEqualTo("school@anefore.example");
		assertThat(this.mvc.post()
			.uri("/admin/agencies/LU01")
			.session(this.admin)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("country", "LU")
			.param("name", "Anefore")
			.param("contactEmail", "not an address")).hasStatusOk()
			.bodyText()
			.contains("Enter an e-mail address like name@example.org");
	}

	private String organisations(String query) throws Exception {
		var result = this.mvc.get().uri("/admin/organisations").param("q", query).session(this.admin).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString();
	}

	private long lock(int year, int round) {
		return this.jdbc.queryForObject("select lock_version from call_round where call_year = ? and round = ?",
				Long.class, year, round);
	}

}
