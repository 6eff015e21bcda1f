package eu.ka122.planner.platform.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt before the password is checked while its account or address
 * must wait.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	static final String WAIT_MINUTES = "ka122.login.waitMinutes";

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !("POST".equals(request.getMethod()) && "/login".equals(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = request.getParameter("username");
		Optional<Duration> wait = this.throttle.waitFor(username, request.getRemoteAddr());
		if (wait.isPresent()) {
			long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
			var session = request.getSession();
			session.setAttribute(LoginPage.LAST_USERNAME, username);
			session.setAttribute(WAIT_MINUTES, minutes);
			response.sendRedirect(request.getContextPath() + "/login?throttled");
			return;
		}
		chain.doFilter(request, response);
	}

}
