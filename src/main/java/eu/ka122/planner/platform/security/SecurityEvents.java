package eu.ka122.planner.platform.security;

import java.util.Map;

import eu.ka122.planner.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Writes sign-ins and access denials (failed sign-ins: {@link LoginFailureHandler}) as
 * structured log events (key-value pairs that the JSON log format of the {@code prod}
 * profile keeps as fields), and feeds the login throttle.
 */
@Component
class SecurityEvents {

	private static final Logger log = LoggerFactory.getLogger("ka122.security");

	private final LoginThrottle throttle;

	private final AuditTrail audit;

	SecurityEvents(LoginThrottle throttle, AuditTrail audit) {
		this.throttle = throttle;
		this.audit = audit;
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		String user = event.getAuthentication().getName();
		this.throttle.recordSuccess(user);
		log.atInfo()
			.addKeyValue("event", "login.success")
			.addKeyValue("user", user)
			.addKeyValue("address", address(event.getAuthentication().getDetails()))
			.log("login succeeded");
		this.audit.recordSecurityEvent(user, "login.success", address(event.getAuthentication().getDetails()),
				Map.of());
	}

	@EventListener
	void onDenied(AuthorizationDeniedEvent<?> event) {
		var authentication = event.getAuthentication().get();
		if (authentication == null || !authentication.isAuthenticated()
				|| "anonymousUser".equals(authentication.getName())) {
			return; // anonymous users are sent to the login page; not worth a warning
		}
		log.atWarn()
			.addKeyValue("event", "access.denied")
			.addKeyValue("user", authentication.getName())
			.addKeyValue("resource", resource(event.getObject()))
			.log("access denied");
		this.audit.recordSecurityEvent(authentication.getName(), "access.denied", null,
				Map.of("resource", resource(event.getObject())));
	}

	private static String resource(Object secured) {
		return secured instanceof jakarta.servlet.http.HttpServletRequest request
				? request.getMethod() + " " + request.getRequestURI() : String.valueOf(secured);
	}

	private static String address(Object details) {
		return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
	}

}
