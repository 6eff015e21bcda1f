package eu.ka122.planner.platform.security;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.SignIn;
import eu.ka122.planner.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class SecurityTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@ParameterizedTest(name = "{0} reaches {1} and is refused on {2} and {3}")
	@CsvSource({ "COORDINATOR, ES, /coordinator, /agency, /admin", "NA_OFFICER, ES01, /agency, /coordinator, /admin",
			"ADMIN, '', /admin, /coordinator, /agency" })
	void eachRoleReachesItsHomePageAndIsRefusedOnTheOthers(Role role, String scope, String own, String other1,
			String other2) {
		MockHttpSession session = signIn(this.accounts.user(role, scope.isEmpty() ? null : scope));
		assertThat(this.mvc.get().uri("/home").session(session)).hasStatus3xxRedirection().hasRedirectedUrl(own);
		assertThat(this.mvc.get().uri(own).session(session)).hasStatusOk();
		assertThat(this.mvc.get().uri(other1).session(session)).hasStatus(403);
		assertThat(this.mvc.get().uri(other2).session(session)).hasStatus(403);
	}

	@Test
	void sendsAnonymousUsersToTheLoginPage() {
		assertThat(this.mvc.get().uri("/coordinator")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		assertThat(this.mvc.get().uri("/admin")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
	}

	@Test
	void refusesAPostWithoutCsrfToken() {
		String username = this.accounts.user(Role.COORDINATOR, "IT");
		assertThat(this.mvc.post().uri("/login").param("username", username).param("password", TestAccounts.PASSWORD))
			.hasStatus(403);
		assertThat(this.mvc.post().uri("/logout").with(user("someone").roles("COORDINATOR"))).hasStatus(403);
	}

	@Test
	void aWrongPasswordShowsAMessageAndNoAccountDetail() {
		String username = this.accounts.user(Role.COORDINATOR, "ES");
		var failed = this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", username)
			.param("password", "wrong")
			.exchange();
		assertThat(failed).hasStatus3xxRedirection().hasRedirectedUrl("/login?error");
		MockHttpSession session = (MockHttpSession) failed.getRequest().getSession();
		var page = this.mvc.get().uri("/login?error").session(session);
		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("The user name or password is not right")
			// the typed user name comes back, but nothing says whether the account exists
			.contains("value=\"" + username + "\"")
			.doesNotContain("Bad credentials")
			.doesNotContain("locked")
			.doesNotContain("does not exist");
	}

	@Test
	void throttlesRepeatedFailuresForOneAccountWithAClearMessageAndNoPermanentLockout() {
		String username = this.accounts.user(Role.COORDINATOR, "ES");
		for (int i = 0; i < 5; i++) {
			this.mvc.post()
				.uri("/login")
				.with(csrf())
				.param("username", username)
				.param("password", "wrong")
				.exchange();
		}
		var blocked = this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", username)
			.param("password", TestAccounts.PASSWORD)
			.exchange();
		assertThat(blocked).hasStatus3xxRedirection().hasRedirectedUrl("/login?throttled");
		var page = this.mvc.get().uri("/login?throttled").session((MockHttpSession) blocked.getRequest().getSession());
		assertThat(page).bodyText().contains("Too many failed sign-in attempts. Wait 15 minutes");
	}

	@Test
	void signsInWithTheRightPasswordAndChangesTheSessionId() {
		String username = this.accounts.user(Role.NA_OFFICER, "IT02");
		MockHttpSession before = new MockHttpSession();
		String idBefore = before.getId();
		var result = this.mvc.post()
			.uri("/login")
			.session(before)
			.with(csrf())
			.param("username", username.toUpperCase())
			.param("password", TestAccounts.PASSWORD)
			.exchange();
		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/home");
		assertThat(result.getRequest().getSession().getId()).isNotEqualTo(idBefore);
	}

	@Test
	void sendsSecurityHeadersWithAContentSecurityPolicy() {
		assertThat(this.mvc.get().uri("/login"))
			.hasHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY)
			.hasHeader("Referrer-Policy", "strict-origin-when-cross-origin")
			.hasHeader("X-Frame-Options", "DENY")
			.hasHeader("X-Content-Type-Options", "nosniff");
		assertThat(this.mvc.get().uri("/swagger-ui/index.html")).hasHeader("Content-Security-Policy",
				SecurityConfiguration.SWAGGER_UI_CONTENT_SECURITY_POLICY);
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void logsFailedSignInsAndAccessDenialsAsSecurityEvents(CapturedOutput output) {
		String username = this.accounts.user(Role.COORDINATOR, "ES");
		this.mvc.post().uri("/login").with(csrf()).param("username", username).param("password", "nope").exchange();
		this.mvc.get().uri("/admin").session(signIn(username)).exchange();
		assertThat(output).contains("ka122.security").contains("login failed").contains("access denied");
	}

	private MockHttpSession signIn(String username) {
		return SignIn.as(this.mvc, username);
	}

}
