package eu.ka122.planner.platform.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import eu.ka122.planner.accounts.Role;
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

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void whatACoordinatorTypesIsWhatIsStoredAndShown() throws Exception {
		Client coordinator = signedIn(this.accounts.user(Role.COORDINATOR, "PL"));
		HttpResponse<String> created = coordinator.post("/coordinator", "/coordinator/applications",
				Map.of("call", "2027-1"));
		String location = created.headers().firstValue("Location").orElseThrow();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
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
	void theActivityPreviewFindsACityWrittenWithAnAccent() throws Exception {
		Client coordinator = signedIn(this.accounts.user(Role.COORDINATOR, "ES"));
		HttpResponse<String> created = coordinator.post("/coordinator", "/coordinator/applications",
				Map.of("call", "2027-1"));
		String location = created.headers().firstValue("Location").orElseThrow();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
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
	void anAdministratorsOrganisationNameKeepsItsLetters() throws Exception {
		Client admin = signedIn(this.accounts.user(Role.ADMIN, null));
		long organisation = this.accounts.organisation("EL");
		String page = "/admin/organisations/" + organisation;
		String formHtml = admin.get(page).body();
		Map<String, String> form = inputs(formHtml);
		form.put("legalName", "Γυμνάσιο Αθηνών – Łódź ő ș İ €");
		form.put("type", "SCHOOL");

		assertThat(admin.post(page, page, form).statusCode()).isIn(302, 303);

		assertThat(this.jdbc.queryForObject("select legal_name from organisation where id = ?", String.class,
				organisation))
			.isEqualTo("Γυμνάσιο Αθηνών – Łódź ő ș İ €");
	}

	private String version(long id) {
		return String.valueOf(this.jdbc.queryForObject("select version from application where id = ?", Long.class, id));
	}

	/** The named inputs of the first form on the page with their values. */
	private static Map<String, String> inputs(String html) {
		Map<String, String> values = new LinkedHashMap<>();
		Matcher input = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"").matcher(html);
		while (input.find()) {
			values.putIfAbsent(input.group(1), HtmlUtils.htmlUnescape(input.group(2)));
		}
		return values;
	}

	private Client signedIn(String username) throws Exception {
		Client client = new Client(this.port);
		HttpResponse<String> login = client.post("/login", "/login",
				Map.of("username", username, "password", TestAccounts.PASSWORD));
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return client;
	}

	/** A browser without JavaScript: cookies, the CSRF token of the page it came from. */
	static final class Client {

		private final int port;

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		Client(int port) {
			this.port = port;
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "pl-PL,pl;q=0.9").build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		/** Posts the form as a browser does, with the CSRF token of the page it is on. */
		HttpResponse<String> post(String from, String path, Map<String, String> form)
				throws IOException, InterruptedException {
			Matcher token = CSRF.matcher(get(from).body());
			Map<String, String> fields = new LinkedHashMap<>(form);
			if (token.find()) {
				fields.put("_csrf", token.group(1));
			}
			String body = fields.entrySet()
				.stream()
				.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return this.http.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept-Language", "pl-PL,pl;q=0.9")
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.US_ASCII))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + this.port + path);
		}

	}

}
