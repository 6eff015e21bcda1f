package eu.ka122.planner.accounts.web;

import java.util.List;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.SignIn;
import eu.ka122.planner.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Administrators invite users with a one-time link, change their role, disable them
 * (their sessions end at once) and reset passwords; the last administrator stays.
 */
@IntegrationTest
class UserAdminPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	MockHttpSession admin;

	String adminName;

	@BeforeEach
	void signInAsAdministrator() {
		this.adminName = this.accounts.user(Role.ADMIN, null);
		this.admin = SignIn.as(this.mvc, this.adminName);
	}

	@Test
	void anInvitedUserSetsAPasswordOnceThroughTheLinkAndSignsIn() throws Exception {
		String username = "invited." + System.nanoTime();
		MvcTestResult invited = this.mvc.post()
			.uri("/admin/users")
			.session(this.admin)
			.with(csrf())
			.param("username", username)
			.param("displayName", "Iris Invited")
			.param("email", "iris@example.org")
			.param("role", "NA_OFFICER")
			.param("agencyCode", "ES01")
			.exchange();
		assertThat(invited).hasStatusOk().bodyText().contains("Invitation created");
		String body = invited.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String token = body.replaceAll("(?s).*/account/password\\?token=([A-Za-z0-9_-]+).*", "$1");
		assertThat(this.mvc.get().uri("/account/password?token=" + token)).hasStatusOk()
			.bodyText()
			.contains("Choose a password for " + username)
			.contains("At least 12 characters. At most 256, in any alphabet.");
		assertThat(setPassword(token, "short", "short")).hasStatusOk()
			.bodyText()
			.contains("Choose a password of at least 12 characters.");
		assertThat(setPassword(token, TestAccounts.PASSWORD, TestAccounts.PASSWORD))
			.hasRedirectedUrl("/login?passwordSet");
		assertThat(setPassword(token, TestAccounts.PASSWORD, TestAccounts.PASSWORD)).hasStatusOk()
			.bodyText()
			.contains("This link does not work");
		assertThat(this.mvc.get().uri("/agency").session(SignIn.as(this.mvc, username))).hasStatusOk();
		assertThat(audited("user.invited", this.adminName)).isPositive();
	}

	@Test
	void passwordsLongerThanBcryptReadsAreSetAndSignInWorksUpTo256Letters() throws Exception {
		// 37 accented letters are 74 bytes of UTF-8, 200 are 400: more than BCrypt's 72
		for (String password : List.of("é".repeat(37), "é".repeat(200), "Ελληνικά Кирилица ß € ".repeat(11) + "łódź")) {
			String username = this.accounts.user(Role.ASSESSOR, "ES01");
			String token = resetLink(id(username));
			assertThat(setPassword(token, password, password)).hasRedirectedUrl("/login?passwordSet");
			assertThat(signIn(username, password)).hasRedirectedUrl("/home");
			assertThat(signIn(username, password.substring(0, 36))).hasRedirectedUrl("/login?error");
		}
	}

	@Test
	void aPasswordOfMoreThan256LettersIsRefusedAtItsField() throws Exception {
		String token = resetLink(id(this.accounts.user(Role.ASSESSOR, "ES01")));
		String tooLong = "é".repeat(257);
		assertThat(setPassword(token, tooLong, tooLong)).hasStatusOk()
			.bodyText()
			.contains("Choose a shorter password: at most 256 characters.");
		// letters, not UTF-16 units: 256 emoji are 512 of those
		String emoji = "🎒".repeat(256);
		assertThat(setPassword(token, emoji, emoji)).hasRedirectedUrl("/login?passwordSet");
	}

	@Test
	void aBadInvitationIsExplainedAndKeepsWhatWasTyped() {
		assertThat(this.mvc.post()
			.uri("/admin/users")
			.session(this.admin)
			.with(csrf())
			.param("username", "new.coordinator." + System.nanoTime())
			.param("displayName", "Nora New")
			.param("role", "COORDINATOR")
			.param("organisationOid", "E99999999")).hasStatusOk()
			.bodyText()
			.contains("No organisation has the OID “E99999999”; coordinators need one.")
			.contains("value=\"Nora New\"");
	}

	@Test
	void aDisabledUsersLiveSessionEndsAtOnce() {
		String coordinator = this.accounts.user(Role.COORDINATOR, "ES");
		MockHttpSession live = SignIn.as(this.mvc, coordinator);
		assertThat(this.mvc.get().uri("/coordinator").session(live)).hasStatusOk();
		assertThat(this.mvc.post().uri("/admin/users/{id}/disable", id(coordinator)).session(this.admin).with(csrf()))
			.hasRedirectedUrl("/admin/users/" + id(coordinator));
		assertThat(this.mvc.get().uri("/coordinator").session(live)).hasRedirectedUrl("/login?expired");
		assertThat(this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", coordinator)
			.param("password", TestAccounts.PASSWORD)).hasRedirectedUrl("/login?error");
		assertThat(audited("user.disabled", this.adminName)).isPositive();
	}

	@Test
	void aRoleChangeEndsTheSessionsAndIsAuditedWithBeforeAndAfter() {
		String officer = this.accounts.user(Role.NA_OFFICER, "ES01");
		MockHttpSession live = SignIn.as(this.mvc, officer);
		long version = this.jdbc.queryForObject("select version from app_user where username = ?", Long.class, officer);
		assertThat(this.mvc.post()
			.uri("/admin/users/{id}", id(officer))
			.session(this.admin)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("role", "ASSESSOR")
			.param("agencyCode", "IT02")).hasRedirectedUrl("/admin/users/" + id(officer));
		assertThat(this.jdbc.queryForObject("select role || ' ' || agency_code from app_user where username = ?",
				String.class, officer))
			.isEqualTo("ASSESSOR IT02");
		assertThat(this.mvc.get().uri("/agency").session(live)).hasRedirectedUrl("/login?expired");
		assertThat(this.jdbc.queryForObject(
				"select details->'before'->>'role' || '>' || (details->'after'->>'role') from audit_event "
						+ "where action = 'user.roleChanged' and entity_id = ? order by id desc limit 1",
				String.class, String.valueOf(id(officer))))
			.isEqualTo("NA_OFFICER>ASSESSOR");
	}

	@Test
	void aResetPasswordStopsWorkingAndTheLinkSetsANewOne() throws Exception {
		String coordinator = this.accounts.user(Role.COORDINATOR, "IT");
		MvcTestResult reset = this.mvc.post()
			.uri("/admin/users/{id}/reset-password", id(coordinator))
			.session(this.admin)
			.with(csrf())
			.exchange();
		assertThat(reset).hasStatusOk().bodyText().contains("Password reset");
		assertThat(this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", coordinator)
			.param("password", TestAccounts.PASSWORD)).hasRedirectedUrl("/login?error");
		String body = reset.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String token = body.replaceAll("(?s).*/account/password\\?token=([A-Za-z0-9_-]+).*", "$1");
		assertThat(setPassword(token, TestAccounts.PASSWORD, TestAccounts.PASSWORD))
			.hasRedirectedUrl("/login?passwordSet");
		SignIn.as(this.mvc, coordinator);
	}

	@Test
	void theLastEnabledAdministratorCanNeitherBeDisabledNorLoseTheRole() {
		List<Long> others = this.jdbc.queryForList(
				"select id from app_user where role = 'ADMIN' and enabled and username <> ?", Long.class,
				this.adminName);
		try {
			others.forEach((id) -> this.jdbc.update("update app_user set enabled = false where id = ?", id));
			long me = id(this.adminName);
			this.mvc.post().uri("/admin/users/{id}/disable", me).session(this.admin).with(csrf()).exchange();
			assertThat(this.mvc.get().uri("/admin/users/{id}", me).session(this.admin)).hasStatusOk()
				.bodyText()
				.contains("This is the last enabled administrator");
			long version = this.jdbc.queryForObject("select version from app_user where id = ?", Long.class, me);
			assertThat(this.mvc.post()
				.uri("/admin/users/{id}", me)
				.session(this.admin)
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("role", "NA_OFFICER")
				.param("agencyCode", "ES01")).hasStatusOk()
				.bodyText()
				.contains("This is the last enabled administrator");
			assertThat(this.jdbc.queryForObject("select role || enabled from app_user where id = ?", String.class, me))
				.isEqualTo("ADMINtrue");

			String second = this.accounts.user(Role.ADMIN, null);
			assertThat(this.mvc.post().uri("/admin/users/{id}/disable", id(second)).session(this.admin).with(csrf()))
				.hasRedirectedUrl("/admin/users/" + id(second));
			assertThat(this.jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, id(second)))
				.isFalse();
		}
		finally {
			others.forEach((id) -> this.jdbc.update("update app_user set enabled = true where id = ?", id));
		}
	}

	@Test
	void usersAreSearchedByNameOrganisationOrAgency() {
		String officer = this.accounts.user(Role.NA_OFFICER, "IT02");
		assertThat(this.mvc.get().uri("/admin/users?q=" + officer).session(this.admin)).hasStatusOk()
			.bodyText()
			.contains("data-user=\"" + officer + "\"")
			.contains("1 user");
	}

	@Test
	void theUserSearchFoldsCaseAndAccentsOfNamesAndOrganisations() throws Exception {
		String tag = String.valueOf(System.nanoTime() % 1_000_000_000L);
		String rosalia = invite("rosalia." + tag, "Rosalía Núñez " + tag);
		String eleni = invite("eleni." + tag, "Ελένη Αθηναίου " + tag);
		String sofia = invite("sofia." + tag, "София Петрова " + tag);
		String ilkay = invite("ilkay." + tag, "İlkay Işık " + tag);
		long school = this.accounts.organisation("PL");
		this.jdbc.update("update organisation set legal_name = ? where id = ?", "Szkoła Podstawowa Łódź " + tag,
				school);
		String coordinator = this.accounts.coordinatorOf(school);
		String[][] found = { { "ROSALIA NUNEZ " + tag, rosalia }, { "rosalía núñez " + tag, rosalia },
				{ "ΑΘΗΝΑΙΟΥ " + tag, eleni }, { "σοφια πετροβα " + tag, null }, { "СОФИЯ ПЕТРОВА " + tag, sofia },
				{ "ILKAY ISIK " + tag, ilkay }, { "ilkay ışık " + tag, ilkay },
				{ "szkola podstawowa lodz " + tag, coordinator }, { "ŁÓDŹ " + tag, coordinator } };
		for (String[] query : found) {
			var result = this.mvc.get().uri("/admin/users").param("q", query[0]).session(this.admin).exchange();
			assertThat(result).hasStatusOk();
			String page = result.getResponse().getContentAsString();
			if (query[1] == null) {
				assertThat(page).as(query[0]).contains(">No users<");
			}
			else {
				assertThat(page).as(query[0]).contains(">1 user<").contains("data-user=\"" + query[1] + "\"");
			}
		}
	}

	/** Invites an agency officer through the form; returns the user name. */
	private String invite(String username, String displayName) {
		assertThat(this.mvc.post()
			.uri("/admin/users")
			.session(this.admin)
			.with(csrf())
			.param("username", username)
			.param("displayName", displayName)
			.param("role", "NA_OFFICER")
			.param("agencyCode", "LV01")).hasStatusOk().bodyText().contains("Invitation created");
		return username;
	}

	private String resetLink(long user) throws Exception {
		String body = this.mvc.post()
			.uri("/admin/users/{id}/reset-password", user)
			.session(this.admin)
			.with(csrf())
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return body.replaceAll("(?s).*/account/password\\?token=([A-Za-z0-9_-]+).*", "$1");
	}

	private MvcTestResult signIn(String username, String password) {
		return this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", username)
			.param("password", password)
			.exchange();
	}

	private MvcTestResult setPassword(String token, String password, String confirmation) {
		return this.mvc.post()
			.uri("/account/password")
			.with(csrf())
			.param("token", token)
			.param("password", password)
			.param("confirmation", confirmation)
			.exchange();
	}

	private long id(String username) {
		return this.jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
	}

	private int audited(String action, String actor) {
		return this.jdbc.queryForObject("select count(*) from audit_event where action = ? and actor = ?",
				Integer.class, action, actor);
	}

}
