package eu.ka122.planner.accounts;

import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Passwords are hashed with Argon2id; BCrypt hashes of earlier builds still sign in and
 * are replaced at once; and every failed sign-in compares the typed password with a hash,
 * so that its answer takes as long whether the account exists, waits for its password or
 * has one. (How long, is for the benchmarks: these tests see the encoder called.)
 */
@IntegrationTest
class SignInPasswordTests {

	private static final String WRONG = "not-the-password-at-all";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@MockitoSpyBean
	PasswordEncoder passwords;

	@Test
	void newPasswordsAreHashedWithArgon2id() {
		assertThat(this.passwords.encode(TestAccounts.PASSWORD)).startsWith("{argon2}$argon2id$v=19$m=16384,t=2,p=1$");
	}

	@Test
	void aBcryptHashSignsInAndIsReplacedByAnArgon2idHash() {
		String bcrypt = new BCryptPasswordEncoder().encode(TestAccounts.PASSWORD);
		// as PasswordEncoderFactories wrote them, and without the prefix
		for (String stored : new String[] { "{bcrypt}" + bcrypt, bcrypt }) {
			String username = this.accounts.user(Role.COORDINATOR, "ES");
			this.jdbc.update("update app_user set password_hash = ? where username = ?", stored, username);
			assertThat(signIn(username, TestAccounts.PASSWORD)).hasRedirectedUrl("/home");
			String upgraded = hash(username);
			assertThat(upgraded).startsWith("{argon2}$argon2id$");
			assertThat(this.passwords.matches(TestAccounts.PASSWORD, upgraded)).isTrue();
			assertThat(signIn(username, TestAccounts.PASSWORD)).hasRedirectedUrl("/home");
			assertThat(hash(username)).isEqualTo(upgraded);
		}
	}

	@Test
	void aWrongPasswordLeavesABcryptHashAsItWas() {
		String username = this.accounts.user(Role.COORDINATOR, "ES");
		String stored = "{bcrypt}" + new BCryptPasswordEncoder().encode(TestAccounts.PASSWORD);
		this.jdbc.update("update app_user set password_hash = ? where username = ?", stored, username);
		assertThat(signIn(username, WRONG)).hasRedirectedUrl("/login?error");
		assertThat(hash(username)).isEqualTo(stored);
	}

	@Test
	void aFailedSignInOfAnAccountWaitingForItsPasswordComparesWithAHash() {
		String username = this.accounts.user(Role.NA_OFFICER, "ES01");
		// as after an invitation or a reset, until the user follows the link
		this.jdbc.update("update app_user set password_hash = null where username = ?", username);
		clearInvocations(this.passwords);
		assertThat(signIn(username, WRONG)).hasRedirectedUrl("/login?error");
		verify(this.passwords).matches(eq(WRONG), argThat((hash) -> hash != null && hash.startsWith("{argon2}")));
	}

	@Test
	void aFailedSignInOfAnUnknownUserComparesWithAHash() {
		clearInvocations(this.passwords);
		assertThat(signIn("nobody." + System.nanoTime(), WRONG)).hasRedirectedUrl("/login?error");
		verify(this.passwords).matches(eq(WRONG), argThat((hash) -> hash != null && hash.startsWith("{argon2}")));
	}

	private MvcTestResult signIn(String username, String password) {
		return this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", username)
			.param("password", password)
			.exchange();
	}

	private String hash(String username) {
		return this.jdbc.queryForObject("select password_hash from app_user where username = ?", String.class,
				username);
	}

}
