package eu.ka122.planner.platform.security;

import java.util.EnumMap;
import java.util.Map;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.SignIn;
import eu.ka122.planner.support.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every endpoint of the administration screens for every role: administrators only (and
 * agency officers for their own base rates); anonymous visitors are sent to sign in.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminAccessTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	final Map<Role, MockHttpSession> sessions = new EnumMap<>(Role.class);

	@BeforeAll
	void signInEveryRole() {
		this.sessions.put(Role.COORDINATOR, SignIn.as(this.mvc, this.accounts.user(Role.COORDINATOR, "ES")));
		this.sessions.put(Role.NA_OFFICER, SignIn.as(this.mvc, this.accounts.user(Role.NA_OFFICER, "ES01")));
		this.sessions.put(Role.ASSESSOR, SignIn.as(this.mvc, this.accounts.user(Role.ASSESSOR, "ES01")));
		this.sessions.put(Role.ADMIN, SignIn.as(this.mvc, this.accounts.user(Role.ADMIN, null)));
	}

	/** Pages that are safe to open as any role: administrators see them. */
	@ParameterizedTest(name = "GET {0}: administrators only")
	@CsvSource({ "/admin/rates", "/admin/rates/2026", "/admin/rates/2026/diff?from=1&to=1", "/admin/rates/2026/1.json",
			"/admin/rates/2026/draft", "/admin/rates/2026/preview", "/admin/users", "/admin/users/new", "/admin/audit",
			"/admin/calls", "/admin/calls/2027", "/admin/agencies", "/admin/agencies/ES01", "/admin/organisations",
			"/admin/organisations/new" })
	void pagesAreForAdministratorsOnly(String path) {
		assertThat(get(null, path)).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		for (Role role : new Role[] { Role.COORDINATOR, Role.NA_OFFICER, Role.ASSESSOR }) {
			assertThat(get(role, path)).as(role + " " + path).hasStatus(403);
		}
		MvcTestResult admin = get(Role.ADMIN, path);
		assertThat(admin.getResponse().getStatus()).as(path).isBetween(200, 399);
	}

	/**
	 * Changes: anyone else is refused before anything happens (administrators' changes
	 * are tested with each screen).
	 */
	@ParameterizedTest(name = "POST {0}: refused to others")
	@CsvSource({ "/admin/rates/2026/draft/start", "/admin/rates/next-year", "/admin/rates/2026/draft",
			"/admin/rates/2026/draft/import", "/admin/rates/2026/publish", "/admin/rates/2026/discard", "/admin/users",
			"/admin/users/1", "/admin/users/1/disable", "/admin/users/1/enable", "/admin/users/1/reset-password",
			"/admin/calls/2027", "/admin/agencies/ES01", "/admin/agencies", "/admin/organisations",
			"/admin/organisations/1", "/admin/organisations/1/merge", "/admin/organisations/1/grants" })
	void changesAreForAdministratorsOnly(String path) {
		assertThat(post(null, path)).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		for (Role role : new Role[] { Role.COORDINATOR, Role.NA_OFFICER, Role.ASSESSOR }) {
			assertThat(post(role, path)).as(role + " " + path).hasStatus(403);
		}
		assertThat(this.mvc.post().uri(path).session(this.sessions.get(Role.ADMIN))).as("without CSRF token")
			.hasStatus(403);
	}

	@ParameterizedTest(name = "{0} {1}: agency officers only")
	@CsvSource({ "GET,/agency/rates", "POST,/agency/rates/2026" })
	void ownBaseRatesAreForAgencyOfficersOnly(String method, String path) {
		for (Role role : new Role[] { Role.COORDINATOR, Role.ASSESSOR, Role.ADMIN }) {
			MvcTestResult result = "GET".equals(method) ? get(role, path) : post(role, path);
			assertThat(result).as(role + " " + path).hasStatus(403);
		}
		if ("GET".equals(method)) {
			assertThat(get(Role.NA_OFFICER, path)).hasStatusOk();
		}
	}

	private MvcTestResult get(Role role, String path) {
		var request = this.mvc.get().uri(path);
		if (role != null) {
			request = request.session(this.sessions.get(role));
		}
		return request.exchange();
	}

	private MvcTestResult post(Role role, String path) {
		var request = this.mvc.post().uri(path).with(csrf());
		if (role != null) {
			request = request.session(this.sessions.get(role));
		}
		return request.exchange();
	}

}
