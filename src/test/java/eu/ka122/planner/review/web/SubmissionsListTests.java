package eu.ka122.planner.review.web;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.SignIn;
import eu.ka122.planner.support.Submitter;
import eu.ka122.planner.support.Submitter.Submitted;
import eu.ka122.planner.support.TestAccounts;
import eu.ka122.planner.support.TestClockConfiguration.MutableClock;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agency's submissions list: filters, search, sort and pages in the URL, bad filter
 * values explained on the page, and the CSV and XLSX exports of the same selection.
 * Sweden's agency (SE01) is used by no other test.
 */
@IntegrationTest
class SubmissionsListTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Submitter submitter;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	static List<Submitted> submitted;

	MockHttpSession officer;

	@BeforeEach
	void setUp() {
		this.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
		if (submitted == null) {
			// three schools of different sizes; the third one's name would be a formula
			// in a spreadsheet
			submitted = List.of(this.submitter.submit("SE", Submitter.job(2, 10)),
					this.submitter.submit("SE", Submitter.job(5, 10)),
					this.submitter.submit("SE", Submitter.job(9, 10)));
			this.jdbc.update("update review_case set organisation_name = ? where application_id = ?",
					"=HYPERLINK(\"http://evil\")", submitted.get(2).id());
			this.jdbc.update("update review_case set organisation_name = ? where application_id = ?",
					"Escola Åsa Läroverk", submitted.get(0).id());
			this.jdbc.update("update review_case set score_total = 81.5, stage = 'ASSESSED' where application_id = ?",
					submitted.get(1).id());
		}
		this.officer = SignIn.as(this.mvc, this.accounts.user(Role.NA_OFFICER, "SE01"));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void filtersSearchAndSortLiveInTheUrl() throws Exception {
		assertThat(page("/agency/submissions")).contains("3 applications")
			.contains(submitted.get(0).reference())
			.contains(submitted.get(2).reference());
		assertThat(page("/agency/submissions?q=Åsa")).contains("1 application;").contains("Escola Åsa Läroverk");
		assertThat(page("/agency/submissions?q=" + oid(submitted.get(1)))).contains("1 application;")
			.contains(submitted.get(1).reference());
		assertThat(page("/agency/submissions?min=80&max=90")).contains("1 application;")
			.contains(submitted.get(1).reference());
		assertThat(page("/agency/submissions?stage=UNASSIGNED")).contains("2 applications");
		assertThat(page("/agency/submissions?errors=yes")).contains("0 applications");
		assertThat(page("/agency/submissions?type=SCHOOL&year=2027&round=1&errors=no")).contains("3 applications");
		String byRequested = page("/agency/submissions?sort=REQUESTED&dir=desc");
		assertThat(byRequested.indexOf(submitted.get(2).reference()))
			.isLessThan(byRequested.indexOf(submitted.get(1).reference()));
		assertThat(byRequested.indexOf(submitted.get(1).reference()))
			.isLessThan(byRequested.indexOf(submitted.get(0).reference()));
		assertThat(byRequested).contains("aria-sort=\"descending\"")
			.contains("sort=REQUESTED&amp;dir=asc")
			.contains("/agency/submissions.csv?sort=REQUESTED&amp;dir=desc");
	}

	@Test
	void badFilterValuesAreExplainedAndIgnored() throws Exception {
		String page = page("/agency/submissions?min=abc&max=200&stage=NOPE&round=7&page=-3&sort=DROP%20TABLE&q="
				+ "x".repeat(300));
		assertThat(page).contains("There is a problem")
			.contains("Enter a score from 0 to 100, for example 72.5.")
			.contains("Choose round 1 or 2.")
			.contains("Choose one of the options in the list.")
			.contains("The search is limited to 200 characters.")
			.contains("value=\"abc\"");
	}

	@Test
	void pagesHoldTwentyFiveRowsAndLinkToTheirNeighbours() throws Exception {
		// Slovenia's agency (SI01), so that these rows stay out of the other tests' lists
		String agency = "SI01";
		MockHttpSession slovenian = SignIn.as(this.mvc, this.accounts.user(Role.NA_OFFICER, agency));
		// enough cases for two pages, made directly: the list reads only review_case
		for (int i = 0; i < 30; i++) {
			this.jdbc.update(
					"""
							insert into review_case (application_id, reference, agency_code, call_year, round, organisation_id,
							    organisation_name, organisation_oid, organisation_type, requested_total, participants,
							    fewer_opportunities, long_term_pupils, newcomer, error_count, warning_count, submitted_at, stage)
							select a.id, 'PAGED-' || a.id, ?, 2026, 2, a.organisation_id, 'Paged school', 'E00000000', 'SCHOOL',
							    1000, 1, 0, false, true, 0, 0, now(), 'UNASSIGNED'
							from application a where a.id = ?""",
					agency, newApplication());
		}
		this.officer = slovenian;
		String first = page("/agency/submissions?year=2026&round=2");
		assertThat(first).contains("30 applications; showing 1 to 25").contains("Page 1 of 2").contains("page=2");
		assertThat(page("/agency/submissions?year=2026&round=2&page=2")).contains("showing 26 to 30");
		assertThat(page("/agency/submissions?year=2026&round=2&page=99")).contains("showing 26 to 30");
	}

	@Test
	void theSearchFoldsCaseAndAccentsAndTheOrganisationSortFollowsTheFold() throws Exception {
		// Latvia's agency (LV01), used by no other test
		this.officer = SignIn.as(this.mvc, this.accounts.user(Role.NA_OFFICER, "LV01"));
		List<String> names = List.of("Escola Rosalía de Castro", "Szkoła Podstawowa Łódź", "Grundschule München",
				"Schule an der Hauptstraße", "Γυμνάσιο Αθήνας", "Средно училище София", "İstanbul Anadolu Lisesi");
		for (String name : names) {
			this.jdbc.update(
					"""
							insert into review_case (application_id, reference, agency_code, call_year, round, organisation_id,
							    organisation_name, organisation_oid, organisation_type, requested_total, participants,
							    fewer_opportunities, long_term_pupils, newcomer, error_count, warning_count, submitted_at, stage)
							select a.id, 'FOLD-' || a.id, 'LV01', 2026, 2, a.organisation_id, ?, 'E00000000', 'SCHOOL',
							    1000, 1, 0, false, true, 0, 0, now(), 'UNASSIGNED'
							from application a where a.id = ?""",
					name, newApplication("LV", "LV01"));
		}
		String[][] found = { { "Rosalia", "Escola Rosalía de Castro" }, { "ROSALÍA", "Escola Rosalía de Castro" },
				{ "lodz", "Szkoła Podstawowa Łódź" }, { "SZKOLA", "Szkoła Podstawowa Łódź" },
				{ "MUNCHEN", "Grundschule München" }, { "strasse", "Schule an der Hauptstraße" },
				{ "ΑΘΗΝΑ", "Γυμνάσιο Αθήνας" }, { "αθηνα", "Γυμνάσιο Αθήνας" }, { "СОФИЯ", "Средно училище София" },
				{ "софия", "Средно училище София" }, { "İstanbul", "İstanbul Anadolu Lisesi" },
				{ "ISTANBUL", "İstanbul Anadolu Lisesi" }, { "istanbul", "İstanbul Anadolu Lisesi" } };
		for (String[] query : found) {
			assertThat(search("q", query[0])).as(query[0]).contains("1 application;").contains(query[1]);
		}
		assertThat(search("q", "Łodz_")).contains("0 applications");
		String sorted = search("sort", "ORGANISATION");
		List<String> inFoldedOrder = List.of("Escola Rosalía de Castro", "Grundschule München",
				"İstanbul Anadolu Lisesi", "Schule an der Hauptstraße", "Szkoła Podstawowa Łódź", "Γυμνάσιο Αθήνας",
				"Средно училище София");
		for (int i = 1; i < inFoldedOrder.size(); i++) {
			assertThat(sorted.indexOf(inFoldedOrder.get(i - 1))).as(inFoldedOrder.get(i))
				.isLessThan(sorted.indexOf(inFoldedOrder.get(i)));
		}
	}

	@Test
	void theCsvExportHoldsTheFilteredRowsAndDefusesFormulas() throws Exception {
		var response = this.mvc.get()
			.uri("/agency/submissions.csv?sort=REQUESTED&dir=asc")
			.session(this.officer)
			.exchange()
			.getResponse();
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains(".csv");
		String text = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
		assertThat(rows).hasSize(4);
		assertThat(rows.get(0).get(0)).isEqualTo("Reference");
		assertThat(rows.get(0).get(6)).isEqualTo("Requested grant (EUR)");
		assertThat(rows.get(1).get(0)).isEqualTo(submitted.get(0).reference());
		assertThat(rows.get(1).get(1)).isEqualTo("Escola Åsa Läroverk");
		assertThat(rows.get(1).get(7)).isEqualTo("2");
		assertThat(rows.get(3).get(1)).isEqualTo("'=HYPERLINK(\"http://evil\")");
		assertThat(rows.get(2).get(11)).isEqualTo("81.5");
		assertThat(rows.get(1).get(6)).isEqualTo(requested(submitted.get(0)));
	}

	@Test
	void theXlsxExportKeepsNumbersAsNumbers() throws Exception {
		byte[] content = this.mvc.get()
			.uri("/agency/submissions.xlsx?stage=ASSESSED")
			.session(this.officer)
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheet("Submissions");
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Reference");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(submitted.get(1).reference());
			assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(5.0);
			assertThat(sheet.getRow(1).getCell(11).getNumericCellValue()).isEqualTo(81.5);
			assertThat(sheet.getRow(1).getCell(6).getNumericCellValue())
				.isEqualTo(Double.parseDouble(requested(submitted.get(1))));
		}
	}

	private String page(String uri) throws Exception {
		var result = this.mvc.get().uri(uri).session(this.officer).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString();
	}

	/** The list searched or sorted through the page's form, ascending. */
	private String search(String name, String value) throws Exception {
		var result = this.mvc.get().uri("/agency/submissions").param(name, value).session(this.officer).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString();
	}

	private String oid(Submitted s) {
		return this.jdbc.queryForObject("select oid from organisation where id = ?", String.class, s.organisationId());
	}

	private String requested(Submitted s) {
		return this.jdbc.queryForObject("select requested_total::text from review_case where application_id = ?",
				String.class, s.id());
	}

	/** A bare draft row to hang a listed case on. */
	private long newApplication() {
		return newApplication("SI", "SI01");
	}

	private long newApplication(String country, String agency) {
		long organisation = this.accounts.organisation(country);
		return this.jdbc.queryForObject("""
				insert into application (organisation_id, agency_code, call_year, round, status)
				values (?, ?, 2026, 2, 'DRAFT') returning id""", Long.class, organisation, agency);
	}

}
