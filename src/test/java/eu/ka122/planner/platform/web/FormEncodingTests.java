package eu.ka122.planner.platform.web;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.support.FormClient;
import eu.ka122.planner.support.Submitter;
import eu.ka122.planner.support.TestAccounts;
import eu.ka122.planner.support.TestClockConfiguration;
import eu.ka122.planner.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser really sends: forms posted over HTTP to the running server as
 * {@code application/x-www-form-urlencoded} without a charset, UTF-8 bytes
 * percent-encoded. MockMvc cannot show this fault: it decodes parameters itself before
 * any filter runs. The same configuration as the browser tests, so the server is shared
 * with them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "ka122.demo.enabled=false", "ka122.embedded-db.enabled=false" })
@Import({ TestDatabase.class, TestClockConfiguration.class, TestAccounts.class, Submitter.class })
class FormEncodingTests {

	/**
	 * Latin letters with diacritics, Greek, Cyrillic, Turkish, the euro sign and an
	 * emoji.
	 */
	static final String EUROPEAN = "Educación – perché ñ é ò ł ß ő ș Zażółć Ελληνικά Кирилица İı ğ € 🎒";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void whatACoordinatorTypesIsWhatIsStoredAndShown() {
		FormClient coordinator = signedIn(this.accounts.user(Role.COORDINATOR, "PL"));
		long id = draft(coordinator);
		String page = "/coordinator/applications/" + id + "/description";
		Map<String, String> form = new LinkedHashMap<>();
		form.put("version", version(id));
		form.put("title", EUROPEAN);
		form.put("background", "Szkoła w Łodzi: " + EUROPEAN);
		form.put("objectives[0]", "Μάθηση " + EUROPEAN);

		assertThat(coordinator.post(page, page, form).statusCode()).isEqualTo(302);

		assertThat(this.jdbc.queryForObject("select title from application where id = ?", String.class, id))
			.isEqualTo(EUROPEAN);
		assertThat(this.jdbc.queryForObject("select text from application_objective where application_id = ?",
				String.class, id))
			.isEqualTo("Μάθηση " + EUROPEAN);
		String shown = coordinator.get(page).body();
		assertThat(HtmlUtils.htmlUnescape(shown)).contains("value=\"" + EUROPEAN + "\"", "Szkoła w Łodzi: " + EUROPEAN);
	}

	@Test
	void theActivityPreviewFindsACityWrittenWithAnAccent() {
		FormClient coordinator = signedIn(this.accounts.user(Role.COORDINATOR, "ES"));
		long id = draft(coordinator);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("version", version(id));
		form.put("activity.type", "JOB_SHADOWING");
		form.put("activity.destinationCountry", "DE");
		form.put("activity.originCity", "Málaga");
		form.put("activity.destinationCity", "München");
		form.put("activity.participants", "2");
		form.put("activity.durationDays", "5");
		form.put("activity.travelDays", "2");

		HttpResponse<String> preview = coordinator.post("/coordinator/applications/" + id + "/activities/new",
				"/coordinator/applications/" + id + "/activities/preview", form);

		assertThat(preview.statusCode()).isEqualTo(200);
		// Both cities found in the gazetteer: the distance between them, written as
		// Polish writes it.
		assertThat(preview.body().replace('\u00A0', ' ').replace('\u202F', ' ')).contains("1 819,39 km");
	}

	@Test
	void anAdministratorsOrganisationNameKeepsItsLetters() {
		FormClient admin = signedIn(this.accounts.user(Role.ADMIN, null));
		long organisation = this.accounts.organisation("EL");
		String page = "/admin/organisations/" + organisation;
		String formHtml = admin.get(page).body();
		Map<String, String> form = FormClient.inputs(formHtml);
		form.put("legalName", "Γυμνάσιο Αθηνών – Łódź ő ș İ €");
		form.put("type", "SCHOOL");

		assertThat(admin.post(page, page, form).statusCode()).isIn(302, 303);

		assertThat(this.jdbc.queryForObject("select legal_name from organisation where id = ?", String.class,
				organisation))
			.isEqualTo("Γυμνάσιο Αθηνών – Łódź ő ș İ €");
	}

	/**
	 * A new draft in call 2027, round 1, started from the dashboard as a browser does.
	 */
	private static long draft(FormClient coordinator) {
		return FormClient
			.idFrom(coordinator.post("/coordinator", "/coordinator/applications", Map.of("call", "2027-1")));
	}

	private String version(long id) {
		return String.valueOf(this.jdbc.queryForObject("select version from application where id = ?", Long.class, id));
	}

	private FormClient signedIn(String username) {
		return FormClient.signedIn(this.port, username, TestAccounts.PASSWORD);
	}

}
