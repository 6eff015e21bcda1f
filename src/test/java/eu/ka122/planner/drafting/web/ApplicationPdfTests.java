package eu.ka122.planner.drafting.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.Locale;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.TestAccounts;
import eu.ka122.planner.support.TestClockConfiguration.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
class ApplicationPdfTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void openRound1() {
		this.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theCoordinatorDownloadsTheSubmittedApplicationAsAPdf() throws IOException {
		MockHttpSession session = signIn(this.accounts.user(Role.COORDINATOR, "ES"));
		long id = create(session);
		String school = "Colegio Lucía Pérez " + id;
		this.jdbc.update("update organisation set legal_name = ? where id = "
				+ "(select organisation_id from application where id = ?)", school, id);
		fill(session, id);
		assertThat(submit(session, id)).hasStatus3xxRedirection();
		String reference = this.jdbc.queryForObject("select reference from application where id = ?", String.class, id);
		BigDecimal total = this.jdbc.queryForObject(
				"select requested_total from application_submission where application_id = ?", BigDecimal.class, id);

		MvcTestResult download = this.mvc.get()
			.uri("/coordinator/applications/" + id + "/submission.pdf")
			.session(session)
			.exchange();

		assertThat(download).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_PDF)
			.hasHeader("Content-Disposition", "attachment; filename=\"" + reference + ".pdf\"");
		String text = text(download.getResponse().getContentAsByteArray());
		assertThat(text).contains("Erasmus+ KA122-SCH application")
			.contains(reference)
			.contains(school)
			.contains("Inclusive schools")
			.contains("3 participants × 350 EUR")
			.contains("Total grant requested")
			.contains(euros(total))
			.contains("Ana García")
			.contains("Reference " + reference + " - page 1 of ");
	}

	@Test
	void anotherOrganisationsCoordinatorGetsNotFound() {
		MockHttpSession owner = signIn(this.accounts.user(Role.COORDINATOR, "ES"));
		long id = create(owner);
		fill(owner, id);
		assertThat(submit(owner, id)).hasStatus3xxRedirection();
		MockHttpSession stranger = signIn(this.accounts.user(Role.COORDINATOR, "ES"));

		assertThat(this.mvc.get().uri("/coordinator/applications/" + id + "/submission.pdf").session(stranger))
			.hasStatus(404);
	}

	@Test
	void aDraftHasNoPdf() {
		MockHttpSession session = signIn(this.accounts.user(Role.COORDINATOR, "ES"));
		long id = create(session);
		fill(session, id);

		assertThat(this.mvc.get().uri("/coordinator/applications/" + id + "/submission.pdf").session(session))
			.hasStatus(404);
	}

	private static String text(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		try {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
			return text.toString();
		}
		finally {
			reader.close();
		}
	}

	private static String euros(BigDecimal amount) {
		NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
		format.setMinimumFractionDigits(2);
		return format.format(amount) + " EUR";
	}

	private void fill(MockHttpSession session, long id) {
		post(session, id, "/context", "version", version(id), "projectStart", "2027-09-01", "durationMonths", "12",
				"language", "es");
		post(session, id, "/description", "version", version(id), "title", "Inclusive schools", "background",
				"Our school wants to learn inclusive methods.", "objectives[0]", "Learn inclusive teaching");
		Long objective = this.jdbc.queryForObject(
				"select id from application_objective where application_id = ? order by position limit 1", Long.class,
				id);
		post(session, id, "/activities", "version", version(id), "activity.type", "JOB_SHADOWING",
				"activity.destinationCountry", "IT", "activity.participants", "3",
				"activity.participantsWithFewerOpportunities", "1", "activity.durationDays", "10",
				"activity.travelDays", "2", "activity.distanceKm", "1365.28", "objectiveIds", objective.toString());
		post(session, id, "/follow-up", "version", version(id), "integration", "Staff training plan", "evaluation",
				"Surveys", "dissemination", "Website", "visibility", "EU logo");
	}

	private MvcTestResult submit(MockHttpSession session, long id) {
		return this.mvc.post()
			.uri("/coordinator/applications/" + id + "/submit")
			.session(session)
			.with(csrf())
			.param("legalRepresentative", "Ana García")
			.param("declarationAccepted", "true")
			.exchange();
	}

	private void post(MockHttpSession session, long id, String path, String... params) {
		var request = this.mvc.post().uri("/coordinator/applications/" + id + path).session(session).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		assertThat(request).as(path).hasStatus3xxRedirection();
	}

	private String version(long id) {
		return String.valueOf(this.jdbc.queryForObject("select version from application where id = ?", Long.class, id));
	}

	private long create(MockHttpSession session) {
		MvcTestResult created = this.mvc.post()
			.uri("/coordinator/applications")
			.session(session)
			.with(csrf())
			.param("call", "2027-1")
			.exchange();
		assertThat(created).hasStatus3xxRedirection();
		String location = created.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private MockHttpSession signIn(String username) {
		var result = this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", username)
			.param("password", TestAccounts.PASSWORD)
			.exchange();
		assertThat(result).hasRedirectedUrl("/home");
		return (MockHttpSession) result.getRequest().getSession();
	}

}
