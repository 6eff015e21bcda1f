package eu.ka122.planner.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.accounts.UserAdministration;
import eu.ka122.planner.accounts.UserAdministration.NewUser;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.SignIn;
import eu.ka122.planner.support.TestAccounts;
import eu.ka122.planner.support.TestClockConfiguration.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Invitations and password resets made on the administrator's pages queue one mail with
 * the one-time link shown on screen, in the same transaction.
 */
@IntegrationTest
class PasswordLinkMailTests {

	private static final Pattern LINK = Pattern
		.compile("https?://[^\\s\"<]+/account/password\\?token=[A-Za-z0-9_-]{43}");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	CapturedMail captured;

	@Autowired
	UserAdministration users;

	@Autowired
	TransactionTemplate transactions;

	@Value("${ka122.mail.base-url}")
	String baseUrl;

	MockHttpSession admin;

	String adminName;

	@BeforeEach
	void signInAsAdministrator() {
		this.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
		this.adminName = this.accounts.user(Role.ADMIN, null);
		this.admin = SignIn.as(this.mvc, this.adminName);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void anInvitationQueuesOneMailWithTheLinkShownOnScreen() throws Exception {
		String username = "invited." + System.nanoTime();
		String address = username + "@example.org";
		MvcTestResult invited = invite(username, address, "NL01");
		assertThat(invited).hasStatusOk().bodyText().contains("Invitation created");
		String link = link(invited);

		assertThat(rows(address)).containsExactly("PASSWORD_LINK");
		this.dispatcher.dispatchDue();

		// a Dutch agency: Dutch is not among the app's languages, so English
		assertThat(this.captured.to(address)).singleElement().satisfies((mail) -> {
			assertThat(mail.subject()).isEqualTo("Your KA122 Planner account: choose a password");
			assertThat(mail.body()).startsWith("Dear Iris Invited,")
				.contains("Your user name is " + username + ".")
				.contains(link)
				// three days after 10:00 UTC on 25 November: 11:00 in Brussels (CET)
				.contains("until 28 November 2026, 11:00 (Brussels time)");
		});
	}

	@Test
	void aResetQueuesOneMailInTheUsersLanguage() throws Exception {
		String coordinator = this.accounts.user(Role.COORDINATOR, "ES");
		String address = coordinator + "@example.org";
		MvcTestResult reset = this.mvc.post()
			.uri("/admin/users/{id}/reset-password", id(coordinator))
			.session(this.admin)
			.with(csrf())
			.exchange();
		assertThat(reset).hasStatusOk().bodyText().contains("Password reset");
		String link = link(reset);

		assertThat(rows(address)).containsExactly("PASSWORD_LINK");
		assertThat(this.jdbc.queryForMap("select locale, subject, body from mail_outbox where recipient = ?", address))
			.satisfies((row) -> {
				assertThat(row.get("locale")).isEqualTo("es");
				assertThat(row.get("subject")).isEqualTo("Se ha restablecido su contraseña de KA122 Planner");
				assertThat((String) row.get("body")).startsWith("Estimado/a Test " + coordinator + ":")
					.contains(link)
					.contains("hasta el 28 de noviembre de 2026, 11:00 (hora de Bruselas)");
			});
	}

	@Test
	void linksStartWithTheConfiguredAddressWhateverHostTheRequestNames() throws Exception {
		String username = "host.header." + System.nanoTime();
		String address = username + "@example.org";
		MvcTestResult invited = this.mvc.post()
			.uri("/admin/users")
			.header("Host", "evil.example")
			.session(this.admin)
			.with(csrf())
			.param("username", username)
			.param("displayName", "Iris Invited")
			.param("email", address)
			.param("role", "NA_OFFICER")
			.param("agencyCode", "ES01")
			.exchange();
		assertThat(invited).hasStatusOk().bodyText().contains("Invitation created").doesNotContain("evil.example");
		assertThat(link(invited)).startsWith(this.baseUrl + "/account/password?token=");

		MvcTestResult reset = this.mvc.post()
			.uri("/admin/users/{id}/reset-password", id(username))
			.header("Host", "evil.example")
			.header("X-Forwarded-Host", "evil.example")
			.session(this.admin)
			.with(csrf())
			.exchange();
		assertThat(reset).hasStatusOk().bodyText().contains("Password reset").doesNotContain("evil.example");
		assertThat(link(reset)).startsWith(this.baseUrl + "/account/password?token=");

		this.dispatcher.dispatchDue();
		assertThat(this.captured.to(address)).hasSize(2)
			.allSatisfy((mail) -> assertThat(mail.body()).doesNotContain("evil.example")
				.contains(this.baseUrl + "/account/password?token="));
	}

	@Test
	void aUserWithoutAnAddressIsInvitedWithoutMail() throws Exception {
		long before = this.jdbc.queryForObject("select count(*) from mail_outbox where kind = 'PASSWORD_LINK'",
				Long.class);
		String username = "no.mail." + System.nanoTime();
		assertThat(invite(username, "", "ES01")).hasStatusOk().bodyText().contains("Invitation created");
		assertThat(this.jdbc.queryForObject("select count(*) from app_user where username = ? and email is null",
				Integer.class, username))
			.isOne();
		assertThat(
				this.jdbc.queryForObject("select count(*) from mail_outbox where kind = 'PASSWORD_LINK'", Long.class))
			.isEqualTo(before);
	}

	@Test
	void anInvitationThatRollsBackSendsNothing() {
		String username = "rolled.back." + System.nanoTime();
		String address = username + "@example.org";
		long adminId = id(this.adminName);
		AccountPrincipal principal = new AccountPrincipal(adminId, this.adminName, "Admin", Role.ADMIN, null, null,
				null, true, null);
		this.transactions.executeWithoutResult((status) -> {
			this.users.invite(principal, new NewUser(username, "Rolf Back", address, Role.NA_OFFICER, null, "ES01"));
			// the listener queued the mail inside this transaction
			assertThat(rows(address)).containsExactly("PASSWORD_LINK");
			status.setRollbackOnly();
		});
		assertThat(rows(address)).isEmpty();
		assertThat(
				this.jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class, username))
			.isZero();
	}

	private MvcTestResult invite(String username, String email, String agency) {
		return this.mvc.post()
			.uri("/admin/users")
			.session(this.admin)
			.with(csrf())
			.param("username", username)
			.param("displayName", "Iris Invited")
			.param("email", email)
			.param("role", "NA_OFFICER")
			.param("agencyCode", agency)
			.exchange();
	}

	/** The link the administrator sees on screen. */
	private static String link(MvcTestResult page) throws Exception {
		String body = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).as("a link on the page").isTrue();
		return link.group();
	}

	private List<String> rows(String address) {
		return this.jdbc.queryForList("select kind from mail_outbox where recipient = ?", String.class, address);
	}

	private long id(String username) {
		return this.jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
	}

}
