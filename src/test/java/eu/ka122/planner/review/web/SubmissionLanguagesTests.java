package eu.ka122.planner.review.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.drafting.SnapshotTexts;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.SignIn;
import eu.ka122.planner.support.Submitter;
import eu.ka122.planner.support.Submitter.Submitted;
import eu.ka122.planner.support.TestAccounts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A submission read in the reader's language: the budget explanations and findings frozen
 * in the snapshot are shown on the officer's page and in the PDF in the officer's
 * language (from the key and arguments the snapshot keeps), while the PDF the school gets
 * is in the language the application was written in. Slovakia's agency (SK01) is used by
 * no other test.
 */
@IntegrationTest
class SubmissionLanguagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Submitter submitter;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	SnapshotTexts texts;

	@Test
	void anOfficerReadsTheFrozenExplanationsInTheirLanguageOnThePageAndInThePdf() throws Exception {
		Submitted application = this.submitter.submit("SK", Submitter.job(3, 10));
		MockHttpSession officer = SignIn.as(this.mvc, this.accounts.user(Role.NA_OFFICER, "SK01"));
		Map<?, ?> line = firstLine(application.id());
		String english = (String) line.get("explanation");
		String polish = this.texts.text(line, "explanation", Locale.forLanguageTag("pl"));
		String italian = this.texts.text(line, "explanation", Locale.ITALIAN);
		assertThat(polish).isNotEqualTo(english).contains("uczestnik");
		assertThat(italian).isNotEqualTo(english).contains("partecipant");

		assertThat(this.mvc.get()
			.uri("/agency/applications/" + application.id())
			.session(officer)
			.header("Accept-Language", "it")).bodyText()
			.satisfies((page) -> assertThat(HtmlUtils.htmlUnescape(page)).contains(italian).doesNotContain(english));

		byte[] inMine = this.mvc.get()
			.uri("/agency/applications/" + application.id() + "/submission.pdf?in=mine")
			.session(officer)
			.header("Accept-Language", "pl")
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		assertThat(text(inMine)).contains(polish).doesNotContain(english);

		// written in English: the school's and the default PDF are in English
		byte[] asWritten = this.mvc.get()
			.uri("/agency/applications/" + application.id() + "/submission.pdf")
			.session(officer)
			.header("Accept-Language", "pl")
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		assertThat(text(asWritten)).contains(english);
	}

	private Map<?, ?> firstLine(long id) {
		String snapshot = this.jdbc.queryForObject(
				"select snapshot::text from application_submission where application_id = ?", String.class, id);
		Map<?, ?> tree = this.json.readValue(snapshot, Map.class);
		Map<?, ?> budget = (Map<?, ?>) tree.get("budget");
		Map<?, ?> activity = (Map<?, ?>) ((List<?>) budget.get("activities")).get(0);
		return (Map<?, ?>) ((List<?>) activity.get("lines")).get(0);
	}

	private static String text(byte[] pdf) throws Exception {
		PdfReader reader = new PdfReader(pdf);
		PdfTextExtractor extractor = new PdfTextExtractor(reader);
		List<String> pages = new ArrayList<>();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			pages.add(extractor.getTextFromPage(page));
		}
		return String.join(" ", pages).replaceAll("\\s+", " ");
	}

}
