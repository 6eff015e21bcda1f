package eu.ka122.planner.platform.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.support.TestAccounts;
import eu.ka122.planner.support.TestClockConfiguration;
import eu.ka122.planner.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages go through the servlet container's error dispatch, so they are tested over
 * a real port.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "ka122.demo.enabled=false", "ka122.embedded-db.enabled=false" })
@Import({ TestDatabase.class, TestClockConfiguration.class, TestAccounts.class })
class ErrorPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Test
	void aForbiddenPageSaysSoAndLeaksNothing() throws Exception {
		HttpClient browser = signedIn(this.accounts.user(Role.COORDINATOR, "ES"));
		HttpResponse<String> response = get(browser, "/admin");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("You cannot open this page")
			.doesNotContain("Exception")
			.doesNotContain("Whitelabel");
	}

	@Test
	void anUnknownPageGivesA404PageThatLeaksNothing() throws Exception {
		HttpClient browser = signedIn(this.accounts.user(Role.ADMIN, null));
		HttpResponse<String> response = get(browser, "/no-such-page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found")
			.doesNotContain("Whitelabel")
			.doesNotContain("trace")
			.doesNotContain("org.springframework");
	}

	@Test
	void aFormPostLargerThanTheServerReadsGetsTheAppsOwn413Page() throws Exception {
		HttpClient browser = signedIn(this.accounts.user(Role.COORDINATOR, "ES"));
		// Tomcat reads at most 2 MB of form parameters
		// (server.tomcat.max-http-form-post-size)
		String body = "title=" + "x".repeat(3 * 1024 * 1024);

		HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri("/coordinator/applications"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.header("Accept-Language", "pl")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("<html lang=\"pl\"", "class=\"app-header\"")
			.doesNotContain("Apache Tomcat")
			.doesNotContain("Exception")
			.doesNotContain("Whitelabel");
	}

	private HttpClient signedIn(String username) throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String loginPage = get(browser, "/login").body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
		assertThat(csrf.find()).isTrue();
		String form = "username=" + username + "&password=" + TestAccounts.PASSWORD + "&_csrf=" + csrf.group(1);
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/home"));
		return browser;
	}

	private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
