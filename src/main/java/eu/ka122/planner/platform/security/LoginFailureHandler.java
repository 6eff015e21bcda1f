package eu.ka122.planner.platform.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import eu.ka122.planner.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Counts the failure for throttling, logs it, keeps the typed user name for the next
 * attempt, and tells the user nothing about why it failed (no hint whether the account
 * exists). Failures are handled here rather than through authentication events because
 * Spring Security publishes no failure event when the parent authentication manager
 * rejects the credentials.
 */
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	private static final Logger log = LoggerFactory.getLogger("ka122.security");

	private final LoginThrottle throttle;

	private final AuditTrail audit;

	LoginFailureHandler(LoginThrottle throttle, AuditTrail audit) {
		super("/login?error");
		this.throttle = throttle;
		this.audit = audit;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		String username = request.getParameter("username");
		this.throttle.recordFailure(username, request.getRemoteAddr());
		log.atWarn()
			.addKeyValue("event", "login.failure")
			.addKeyValue("user", username)
			.addKeyValue("address", request.getRemoteAddr())
			.addKeyValue("reason", exception.getClass().getSimpleName())
			.log("login failed");
		this.audit.recordSecurityEvent(username, "login.failure", request.getRemoteAddr(),
				java.util.Map.of("reason", exception.getClass().getSimpleName()));
		request.getSession().setAttribute(LoginPage.LAST_USERNAME, username);
		super.onAuthenticationFailure(request, response, exception);
	}

}
