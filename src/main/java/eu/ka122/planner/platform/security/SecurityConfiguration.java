package eu.ka122.planner.platform.security;

import java.util.Map;

import eu.ka122.planner.audit.AuditTrail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Who may reach what. Role checks by URL here; record-level checks (an organisation's
 * applications, an agency's submissions) are made by each module's services on every
 * request.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * The prefix of new password hashes:
	 * {@code {argon2}$argon2id$v=19$m=16384,t=2,p=1$…}.
	 */
	private static final String ARGON2 = "argon2";

	/**
	 * Scripts and styles only from this origin: templates carry no inline script or
	 * style.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * Swagger UI adds one inline style (its logo); only that style is allowed, by hash,
	 * and only on its pages. The hash fits the swagger-ui version springdoc brings
	 * (5.32.2).
	 */
	static final String SWAGGER_UI_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='");

	/**
	 * Public JSON API: stateless, no cookies, so no CSRF token is needed; 401 instead of
	 * a login page.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((auth) -> auth.requestMatchers("/api/v1/estimates", "/api/v1/cities")
				.permitAll()
				.anyRequest()
				.authenticated())
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.exceptionHandling((e) -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http, LoginThrottle throttle, SessionRegistry sessionRegistry,
			AuditTrail audit) throws Exception {
		http.authorizeHttpRequests((auth) -> auth
			.requestMatchers("/", "/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
					"/actuator/health", "/actuator/health/**", "/calculator", "/calculator/**", "/rules", "/rules/**",
					"/rates", "/rates/**", "/geo/**", "/guide/**", "/v3/api-docs", "/v3/api-docs/**",
					"/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**", "/account/password")
			.permitAll()
			.requestMatchers("/coordinator/**")
			.hasRole("COORDINATOR")
			.requestMatchers("/agency/**")
			.hasAnyRole("NA_OFFICER", "ASSESSOR")
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.defaultSuccessUrl("/home", true)
				.failureHandler(new LoginFailureHandler(throttle, audit))
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId())
				.maximumSessions(-1)
				.sessionRegistry(sessionRegistry)
				.expiredUrl("/login?expired"))
			.headers((headers) -> headers.addHeaderWriter(contentSecurityPolicy())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frame) -> frame.deny())
				.permissionsPolicyHeader(
						(permissions) -> permissions.policy("camera=(), microphone=(), geolocation=()")))
			.csrf(Customizer.withDefaults())
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	private static HeaderWriter contentSecurityPolicy() {
		RequestMatcher swaggerUi = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
		HeaderWriter strict = new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY);
		HeaderWriter swagger = new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_CONTENT_SECURITY_POLICY);
		return (request, response) -> (swaggerUi.matches(request) ? swagger : strict).writeHeaders(request, response);
	}

	/**
	 * Argon2id (Spring Security's 5.8 parameters: 16 MiB, 2 passes) for every new hash.
	 * BCrypt reads only 72 bytes of a password; Argon2id reads all of it. Hashes written
	 * before, {@code {bcrypt}…} or BCrypt without a prefix, still verify and are replaced
	 * by an Argon2id hash at the user's next successful sign-in (the accounts' user
	 * details service is also a {@code UserDetailsPasswordService}); so is an Argon2id
	 * hash of weaker parameters if these are ever raised.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(ARGON2,
				Map.of(ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", bcrypt));
		encoder.setDefaultPasswordEncoderForMatches(bcrypt);
		return encoder;
	}

	/** Lets administrators end a disabled user's sessions at once. */
	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
		return new SpringAuthorizationEventPublisher(publisher);
	}

}
