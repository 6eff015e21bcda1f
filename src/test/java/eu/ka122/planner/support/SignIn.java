package eu.ka122.planner.support;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Signs a test user in through the real login form and returns the session. */
public final class SignIn {

	private SignIn() {
	}

	public static MockHttpSession as(MockMvcTester mvc, String username) {
		var result = mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", username)
			.param("password", TestAccounts.PASSWORD)
			.exchange();
		assertThat(result).hasRedirectedUrl("/home");
		return (MockHttpSession) result.getRequest().getSession();
	}

}
