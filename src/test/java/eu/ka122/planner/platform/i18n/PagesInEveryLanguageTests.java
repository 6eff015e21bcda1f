package eu.ka122.planner.platform.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.support.ApplicationForms;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.SignIn;
import eu.ka122.planner.support.Submitter;
import eu.ka122.planner.support.Submitter.Submitted;
import eu.ka122.planner.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of every role, as a reader of each language gets it, holds no English text:
 * no sentence or phrase of the English bundles whose translation differs appears on it.
 * This finds what the bundle test cannot: texts written in Java, a key missing in a
 * language (Spring would fall back to English), a fragment that does not pass the
 * reader's language on.
 */
@IntegrationTest
class PagesInEveryLanguageTests {

	static final List<String> LANGUAGES = List.of("fr", "de", "es", "it", "pl");

	private static final Pattern TAGS = Pattern.compile("(?s)<script.*?</script>|<style.*?</style>|<[^>]+>");

	private static final Pattern ARGUMENT = Pattern.compile("\\{[^{}]*(\\{[^{}]*\\}[^{}]*)*\\}");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Submitter submitter;

	@Autowired
	ApplicationForms forms;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void noPageOfAnyRoleShowsEnglishTextInAnotherLanguage() throws IOException {
		Submitted submitted = this.submitter.submit("HR");
		MockHttpSession coordinator = SignIn.as(this.mvc, this.accounts.user(Role.COORDINATOR, "HR"));
		long draft = this.forms.create(coordinator);
		this.forms.fill(coordinator, draft);
		long activity = this.jdbc.queryForObject("select id from application_activity where application_id = ?",
				Long.class, draft);
		MockHttpSession officer = SignIn.as(this.mvc, this.accounts.user(Role.NA_OFFICER, "HR01"));
		MockHttpSession admin = SignIn.as(this.mvc, this.accounts.user(Role.ADMIN, null));
		Map<String, MockHttpSession> pages = new LinkedHashMap<>();
		for (String path : List.of("/", "/guide", "/calculator", "/rules", "/rates", "/login")) {
			pages.put(path, null);
		}
		String app = "/coordinator/applications/" + draft;
		for (String path : List.of("/coordinator", app, app + "/context", app + "/organisation", app + "/description",
				app + "/activities", app + "/activities/" + activity, app + "/follow-up", app + "/budget",
				app + "/check")) {
			pages.put(path, coordinator);
		}
		for (String path : List.of("/agency", "/agency/submissions", "/agency/applications/" + submitted.id(),
				"/agency/applications/" + submitted.id() + "/decision", "/agency/ranking", "/agency/assignments",
				"/agency/organisations/" + submitted.organisationId() + "/grants", "/agency/rates")) {
			pages.put(path, officer);
		}
		for (String path : List.of("/admin", "/admin/users", "/admin/organisations",
				"/admin/organisations/" + submitted.organisationId(), "/admin/agencies", "/admin/agencies/HR01",
				"/admin/calls", "/admin/calls/2027", "/admin/rates/2027", "/admin/audit")) {
			pages.put(path, admin);
		}

		Properties english = bundles("");
		List<String> problems = new ArrayList<>();
		for (String language : LANGUAGES) {
			Set<String> englishOnly = englishOnly(english, bundles("_" + language));
			for (var page : pages.entrySet()) {
				var request = this.mvc.get().uri(page.getKey()).header("Accept-Language", language);
				if (page.getValue() != null) {
					request = request.session(page.getValue());
				}
				var response = request.exchange().getResponse();
				assertThat(response.getStatus()).as(page.getKey()).isEqualTo(200);
				String html = response.getContentAsString(StandardCharsets.UTF_8);
				assertThat(html).as(page.getKey()).contains("<html lang=\"" + language + "\"");
				String text = HtmlUtils.htmlUnescape(TAGS.matcher(html).replaceAll(" ")).replaceAll("\\s+", " ");
				for (String phrase : englishOnly) {
					if (text.contains(phrase)) {
						problems.add(language + " " + page.getKey() + ": \"" + phrase + "\"");
					}
				}
			}
		}
		assertThat(problems)
			.as("English text on pages in other languages (%d pages × %d languages)", pages.size(), LANGUAGES.size())
			.isEmpty();
	}

	/**
	 * The literal phrases of English texts (three words or more, between arguments) that
	 * the language writes otherwise.
	 */
	private static Set<String> englishOnly(Properties english, Properties translated) {
		Set<String> phrases = new TreeSet<>();
		for (String key : english.stringPropertyNames()) {
			String value = english.getProperty(key);
			if (value.equals(translated.getProperty(key))) {
				continue;
			}
			for (String part : ARGUMENT.split(value.replace("''", "'"))) {
				String phrase = part.strip();
				if (phrase.split("\\s+").length >= 3 && phrase.length() >= 15) {
					phrases.add(phrase);
				}
			}
		}
		return phrases;
	}

	private static Properties bundles(String suffix) throws IOException {
		Properties all = new Properties();
		List<Resource> resources = new ArrayList<>();
		resources.add(new ClassPathResource("messages" + suffix + ".properties"));
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath:i18n/*.properties")) {
			String name = resource.getFilename().replace(".properties", "");
			boolean english = !name.contains("_");
			if ((suffix.isEmpty() && english) || (!suffix.isEmpty() && name.endsWith(suffix))) {
				resources.add(resource);
			}
		}
		for (Resource resource : resources) {
			try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
				all.load(reader);
			}
		}
		return all;
	}

}
