package eu.ka122.planner.drafting.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.Locale;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.support.ApplicationForms;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.SignIn;
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

	@Autowired
	ApplicationForms forms;

	@BeforeEach
	void openRound1() {
		this.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theCoordinatorDownloadsTheSubmittedApplicationAsAPdfInTheLanguageItIsWrittenIn() throws IOException {
		MockHttpSession session = SignIn.as(this.mvc, this.accounts.user(Role.COORDINATOR, "ES"));
		long id = this.forms.create(session);
		String school = "Colegio Lucía Pérez " + id;
		this.jdbc.update("update organisation set legal_name = ? where id = "
				+ "(select organisation_id from application where id = ?)", school, id);
		this.forms.fill(session, id);
		assertThat(this.forms.submit(session, id)).hasStatus3xxRedirection();
		String reference = this.jdbc.queryForObject("select reference from application where id = ?", String.class, id);
		BigDecimal total = this.jdbc.queryForObject(
				"select requested_total from application_submission where application_id = ?", BigDecimal.class, id);

		// written in Spanish (the context section's language): printed in Spanish,
		// whatever the reader's page
		MvcTestResult download = this.mvc.get()
			.uri("/coordinator/applications/" + id + "/submission.pdf")
			.session(session)
			.header("Accept-Language", "en")
			.exchange();

		assertThat(download).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_PDF)
			.hasHeader("Content-Disposition", "attachment; filename=\"" + reference + ".pdf\"");
		String text = text(download.getResponse().getContentAsByteArray());
		assertThat(text).contains("Solicitud Erasmus+ KA122-SCH")
			.contains(reference)
			.contains(school)
			.contains("Inclusive schools")
			.contains("3 participantes × 350 EUR")
			.contains("Subvención total solicitada")
			.contains(euros(total))
			.contains("Ana García")
			.contains("Referencia " + reference + " - página 1 de ");
	}

	@Test
	void anotherOrganisationsCoordinatorGetsNotFound() {
		MockHttpSession owner = SignIn.as(this.mvc, this.accounts.user(Role.COORDINATOR, "ES"));
		long id = this.forms.create(owner);
		this.forms.fill(owner, id);
		assertThat(this.forms.submit(owner, id)).hasStatus3xxRedirection();
		MockHttpSession stranger = SignIn.as(this.mvc, this.accounts.user(Role.COORDINATOR, "ES"));

		assertThat(this.mvc.get().uri("/coordinator/applications/" + id + "/submission.pdf").session(stranger))
			.hasStatus(404);
	}

	@Test
	void aDraftHasNoPdf() {
		MockHttpSession session = SignIn.as(this.mvc, this.accounts.user(Role.COORDINATOR, "ES"));
		long id = this.forms.create(session);
		this.forms.fill(session, id);

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
		NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("es"));
		format.setMinimumFractionDigits(2);
		return format.format(amount) + " EUR";
	}

}
