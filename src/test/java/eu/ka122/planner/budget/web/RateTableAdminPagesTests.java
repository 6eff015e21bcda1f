package eu.ka122.planner.budget.web;

import java.util.Map;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.budget.RateTableYears;
import eu.ka122.planner.budget.RateTables;
import eu.ka122.planner.budget.persistence.RateTableStore;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.SignIn;
import eu.ka122.planner.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Administrators edit a draft rate table that is saved only when valid and only over what
 * they saw, and publish it when someone else edited it.
 */
@IntegrationTest
class RateTableAdminPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RateTableStore store;

	@Autowired
	RateTables rateTables;

	int year;

	MockHttpSession admin;

	String adminName;

	@BeforeEach
	void aCallYearOfItsOwnWithADraft() {
		this.year = RateTableYears.publishedYear(this.jdbc, this.store);
		this.adminName = this.accounts.user(Role.ADMIN, null);
		this.admin = SignIn.as(this.mvc, this.adminName);
		assertThat(this.mvc.post().uri("/admin/rates/{y}/draft/start", this.year).session(this.admin).with(csrf()))
			.hasRedirectedUrl("/admin/rates/" + this.year + "/draft");
	}

	@Test
	void aValidChangeIsSavedIntoTheDraftAndAudited() {
		assertThat(save(this.admin, lock(), Map.of("units.preparatoryVisit", "700")))
			.hasRedirectedUrl("/admin/rates/" + this.year + "/draft");
		assertThat(draftValue("preparatory_visit")).isEqualTo("700");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'rateTable.edited' and entity_id = ? and actor = ?",
				Integer.class, this.year + "/2", this.adminName))
			.isEqualTo(1);
		assertThat(this.mvc.get().uri("/admin/rates/{y}/draft", this.year).session(this.admin)).hasStatusOk()
			.bodyText()
			.contains("The draft was saved (1 value changed).")
			.contains("value=\"700\"");
	}

	@ParameterizedTest(name = "{0} = {1} is refused")
	@CsvSource(delimiter = '|', value = {
			"agencies[ES01].staff[1]|250|the staff daily rate of 250 EUR for country group 1 is outside the allowed range of 107–191 EUR",
			"agencies[ES01].pupil[3]|-5|the pupil daily rate of -5 EUR for country group 3 is outside the allowed range of 36–64 EUR",
			"units.preparatoryVisit|-680|The amount -680 is negative.",
			"travelBands[2].fromKm|120|No travel band covers the distances from 100 km to 120 km.",
			"travelBands[2].fromKm|90|Travel bands overlap from 90 km to 100 km.",
			"countryGroups[IE]||Ireland is an eligible country but has no receiving country group.",
			"units.courseFeePerDay|eighty|“eighty” is not a whole number." })
	void badValuesAreRefusedWithAClearMessageKeepingWhatWasTyped(String name, String value, String message) {
		long lock = lock();
		String expectedMessage = message.replace("Ireland", "IE");
		var page = assertThat(save(this.admin, lock, Map.of(name, value == null ? "" : value))).hasStatusOk()
			.bodyText();
		page.contains("The table was not saved").contains(expectedMessage);
		if (value != null) {
			page.contains("value=\"" + value + "\"");
		}
		assertThat(lock()).isEqualTo(lock);
		assertThat(draftValue("preparatory_visit")).isEqualTo("680");
	}

	@Test
	void aSecondAdministratorSavingOverAnOlderVersionSeesAConflictAndLosesNothing() {
		MockHttpSession other = SignIn.as(this.mvc, this.accounts.user(Role.ADMIN, null));
		long seenByBoth = lock();
		assertThat(save(this.admin, seenByBoth, Map.of("units.preparatoryVisit", "700"))).hasStatus3xxRedirection();
		assertThat(save(other, seenByBoth, Map.of("units.preparatoryVisit", "720"))).hasStatusOk()
			.bodyText()
			.contains("Someone else saved this draft")
			.contains("value=\"720\"");
		assertThat(draftValue("preparatory_visit")).isEqualTo("700");
	}

	@Test
	void whoeverEditedADraftCannotPublishItAnotherAdministratorCan() {
		assertThat(save(this.admin, lock(), Map.of("units.preparatoryVisit", "700"))).hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri("/admin/rates/{y}", this.year).session(this.admin)).bodyText()
			.contains("You changed this draft, so another administrator must publish it.");
		assertThat(publish(this.admin, lock())).hasRedirectedUrl("/admin/rates/" + this.year);
		assertThat(this.mvc.get().uri("/admin/rates/{y}", this.year).session(this.admin)).bodyText()
			.contains("you cannot publish it: another administrator must (four eyes)");
		assertThat(this.rateTables.current(this.year).orElseThrow().version()).isEqualTo(1);

		MockHttpSession other = SignIn.as(this.mvc, this.accounts.user(Role.ADMIN, null));
		assertThat(publish(other, lock())).hasRedirectedUrl("/admin/rates/" + this.year);
		assertThat(this.rateTables.current(this.year).orElseThrow().version()).isEqualTo(2);
		assertThat(this.rateTables.current(this.year).orElseThrow().units().preparatoryVisit()).isEqualTo(700);
		assertThat(this.rateTables.published(this.year, 1).orElseThrow().units().preparatoryVisit()).isEqualTo(680);
	}

	@Test
	void anOfficerSetsOnlyTheirOwnAgencysRatesAndCannotPublish() {
		String officerName = this.accounts.user(Role.NA_OFFICER, "ES01");
		MockHttpSession officer = SignIn.as(this.mvc, officerName);
		assertThat(this.mvc.get().uri("/agency/rates").session(officer)).hasStatusOk()
			.bodyText()
			.contains("still provisional");
		var result = this.mvc.post()
			.uri("/agency/rates/{y}", this.year)
			.session(officer)
			.with(csrf())
			.param("lockVersion", String.valueOf(lock()))
			.param("agencies[ES01].staff[1]", "150")
			.param("agencies[ES01].staff[2]", "140")
			.param("agencies[ES01].staff[3]", "120")
			.param("agencies[ES01].pupil[1]", "70")
			.param("agencies[ES01].pupil[2]", "60")
			.param("agencies[ES01].pupil[3]", "50")
			.param("agencies[IT02].staff[1]", "110")
			.param("units.preparatoryVisit", "1")
			.exchange();
		assertThat(result).hasRedirectedUrl("/agency/rates");
		var draft = this.store.load(this.store.draft(this.year).orElseThrow().key());
		assertThat(draft.agency("ES01").orElseThrow().staff()).containsEntry(1, 150).containsEntry(3, 120);
		assertThat(draft.agency("ES01").orElseThrow().provisional()).isFalse();
		assertThat(draft.agency("IT02").orElseThrow().staff()).containsEntry(1, 191);
		assertThat(draft.units().preparatoryVisit()).isEqualTo(680);

		assertThat(this.mvc.post()
			.uri("/agency/rates/{y}", this.year)
			.session(officer)
			.with(csrf())
			.param("lockVersion", String.valueOf(lock()))
			.param("agencies[ES01].staff[1]", "999")).hasStatusOk()
			.bodyText()
			.contains("Your rates were not saved")
			.contains("value=\"999\"");
		assertThat(publish(officer, lock())).hasStatus(403);
		// the administrator did not edit, so may publish the officer's rates
		assertThat(publish(this.admin, lock())).hasRedirectedUrl("/admin/rates/" + this.year);
		assertThat(this.rateTables.current(this.year).orElseThrow().agency("ES01").orElseThrow().staff())
			.containsEntry(1, 150);
	}

	@Test
	void theDiffListsEveryChangedValue() {
		assertThat(save(this.admin, lock(), Map.of("units.preparatoryVisit", "700", "countryGroups[IE]", "2")))
			.hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri("/admin/rates/{y}/diff?from=1&to=2", this.year).session(this.admin)).hasStatusOk()
			.bodyText()
			.contains("2 values differ")
			.contains("units.preparatoryVisit")
			.contains("countryGroups[IE]");
	}

	@Test
	void theJsonExportImportsBackAndABadFileChangesNothing() throws Exception {
		String exported = this.mvc.get()
			.uri("/admin/rates/{y}/1.json", this.year)
			.session(this.admin)
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(exported).contains("\"preparatoryVisit\" : 680");
		long lock = lock();
		assertThat(importFile(lock, "{\"agencies\": {\"ES01\": {\"staff\": {\"1\": 300}}}, \"colour\": \"blue\"}"))
			.hasStatusOk()
			.bodyText()
			.contains("The file has a part this table does not know: colour.");
		assertThat(importFile(lock, "{\"agencies\": {\"ES01\": {\"staff\": {\"1\": 300}}}}")).hasStatusOk()
			.bodyText()
			.contains("outside the allowed range");
		assertThat(importFile(lock, "[1, 2")).hasStatusOk().bodyText().contains("The file is not a JSON object.");
		assertThat(lock()).isEqualTo(lock);

		assertThat(importFile(lock, exported.replace("\"preparatoryVisit\" : 680", "\"preparatoryVisit\" : 690")))
			.hasStatus3xxRedirection();
		assertThat(draftValue("preparatory_visit")).isEqualTo("690");
	}

	@Test
	void anOfficersRatesForAYearWithoutADraftAreRefusedWithAMessage() {
		// the form was opened before the draft was published: no draft of the year now
		int published = RateTableYears.publishedYear(this.jdbc, this.store);
		MockHttpSession officer = SignIn.as(this.mvc, this.accounts.user(Role.NA_OFFICER, "ES01"));
		assertThat(this.mvc.post()
			.uri("/agency/rates/{y}", published)
			.session(officer)
			.with(csrf())
			.param("lockVersion", "1")
			.param("agencies[ES01].staff[1]", "150")).hasRedirectedUrl("/agency/rates")
			.flash()
			.containsEntry("refused", "admin.rates.error.noDraft");
		assertThat(this.store.draft(published)).isEmpty();
	}

	@Test
	void theNextCallYearStartsAsADraftCopyOfTheNewestYear() {
		int newest = this.jdbc.queryForObject("select max(call_year) from rate_table", Integer.class);
		assertThat(this.mvc.post().uri("/admin/rates/next-year").session(this.admin).with(csrf()))
			.hasRedirectedUrl("/admin/rates/" + (newest + 1));
		assertThat(this.store.draft(newest + 1)).isPresent();
		assertThat(this.store.draft(newest + 1).orElseThrow().version()).isEqualTo(1);
	}

	@Test
	void formsWithoutCsrfTokenAreRefused() {
		assertThat(this.mvc.post()
			.uri("/admin/rates/{y}/publish", this.year)
			.session(this.admin)
			.param("lockVersion", String.valueOf(lock()))).hasStatus(403);
	}

	private MvcTestResult importFile(long lock, String content) {
		return this.mvc.post()
			.multipart()
			.uri("/admin/rates/{y}/draft/import", this.year)
			.file(new MockMultipartFile("file", "rates.json", "application/json",
					content.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.param("lockVersion", String.valueOf(lock))
			.session(this.admin)
			.with(csrf())
			.exchange();
	}

	private MvcTestResult save(MockHttpSession session, long lock, Map<String, String> values) {
		var request = this.mvc.post()
			.uri("/admin/rates/{y}/draft", this.year)
			.session(session)
			.with(csrf())
			.param("lockVersion", String.valueOf(lock));
		// as the form does: every value of the draft, with the changed ones
		Map<String, String> all = new java.util.LinkedHashMap<>(eu.ka122.planner.budget.RateTableFields
			.of(this.store.load(this.store.draft(this.year).orElseThrow().key())));
		all.putAll(values);
		all.forEach(request::param);
		return request.exchange();
	}

	private MvcTestResult publish(MockHttpSession session, long lock) {
		return this.mvc.post()
			.uri("/admin/rates/{y}/publish", this.year)
			.session(session)
			.with(csrf())
			.param("lockVersion", String.valueOf(lock))
			.exchange();
	}

	private long lock() {
		return this.store.draft(this.year).orElseThrow().lockVersion();
	}

	private String draftValue(String column) {
		return this.jdbc.queryForObject(
				"select " + column + "::text from rate_table where call_year = ? and status = 'DRAFT'", String.class,
				this.year);
	}

}
