package eu.ka122.planner.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import eu.ka122.planner.audit.AuditTrail;
import eu.ka122.planner.shared.SearchFolding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators' work on users: invitations with a one-time link, role and scope
 * changes, disabling (the user's sessions end at once) and password resets. There is
 * always at least one enabled administrator.
 */
@Service
@Transactional
public class UserAdministration {

	static final Duration LINK_LIFETIME = Duration.ofDays(3);

	public static final int MIN_PASSWORD_LENGTH = 12;

	/**
	 * Argon2id reads the whole password, so the limit only keeps a form post from handing
	 * the hash megabytes: 256 letters (counted as letters, not UTF-16 units or bytes) are
	 * far beyond any passphrase people type or password managers generate.
	 */
	public static final int MAX_PASSWORD_LENGTH = 256;

	static final int PAGE_SIZE = 25;

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Logger log = LoggerFactory.getLogger(UserAdministration.class);

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final SessionRegistry sessions;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	/**
	 * The app's public address, from configuration only: a link built from the request's
	 * {@code Host} would let anyone who can make an administrator post a form send the
	 * token to their own server.
	 */
	private final String baseUrl;

	UserAdministration(JdbcClient jdbc, PasswordEncoder encoder, SessionRegistry sessions, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock,
			@Value("${ka122.mail.base-url:http://localhost:8080}") String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.sessions = sessions;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Users whose name, user name, e-mail, organisation (name or OID) or agency contains
	 * the query; one page of them.
	 */
	@Transactional(readOnly = true)
	public UserPage search(String query, int page) {
		String like = SearchFolding.containsPattern(query);
		String where = " where ka122_fold(u.username) like :q or ka122_fold(u.display_name) like :q "
				+ "or ka122_fold(coalesce(u.email, '')) like :q or ka122_fold(coalesce(o.legal_name, '')) like :q "
				+ "or ka122_fold(coalesce(o.oid, '')) like :q or ka122_fold(coalesce(u.agency_code, '')) like :q";
		long total = this.jdbc
			.sql("select count(*) from app_user u left join organisation o on o.id = u.organisation_id" + where)
			.param("q", like)
			.query(Long.class)
			.single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 1), pages);
		List<UserRow> users = this.jdbc.sql(SELECT + where + " order by u.username limit :limit offset :offset")
			.param("q", like)
			.param("limit", PAGE_SIZE)
			.param("offset", (current - 1) * PAGE_SIZE)
			.query((rs, n) -> row(rs))
			.list();
		return new UserPage(users, current, pages, total);
	}

	@Transactional(readOnly = true)
	public Optional<UserRow> user(long id) {
		return this.jdbc.sql(SELECT + " where u.id = :id").param("id", id).query((rs, n) -> row(rs)).optional();
	}

	/**
	 * Creates the user without a password and returns the one-time link with which they
	 * set one.
	 */
	public PasswordLink invite(AccountPrincipal admin, NewUser user) {
		requireAdmin(admin);
		String username = user.username() == null ? "" : user.username().trim().toLowerCase(Locale.ROOT);
		if (!USERNAME.matcher(username).matches()) {
			throw new UserAdministrationException("username", "admin.users.error.username");
		}
		if (this.jdbc.sql("select count(*) from app_user where username = ?")
			.param(username)
			.query(Integer.class)
			.single() > 0) {
			throw new UserAdministrationException("username", "admin.users.error.usernameTaken", username);
		}
		String displayName = user.displayName() == null ? "" : user.displayName().trim();
		if (displayName.isEmpty() || displayName.length() > 200) {
			throw new UserAdministrationException("displayName", "admin.users.error.displayName");
		}
		String email = (user.email() == null || user.email().isBlank()) ? null : user.email().trim();
		if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
			throw new UserAdministrationException("email", "admin.users.error.email");
		}
		Scope scope = scope(user.role(), user.organisationOid(), user.agencyCode());
		long id = this.jdbc.sql("""
				insert into app_user (username, display_name, email, password_hash, role, organisation_id, agency_code)
				values (?, ?, ?, null, ?, ?, ?) returning id""")
			.params(username, displayName, email, user.role().name(), scope.organisationId(), scope.agencyCode())
			.query(Long.class)
			.single();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("username", username);
		details.put("role", user.role().name());
		details.put("organisation", scope.organisationOid());
		details.put("agency", scope.agencyCode());
		this.audit.record(admin.getUsername(), "user.invited", "user", id, details);
		return issueLink(id, PasswordLinkIssued.Purpose.INVITE);
	}

	/**
	 * Changes the user's role and organisation or agency; their sessions end so that the
	 * change applies at once.
	 */
	public void change(AccountPrincipal admin, long id, long version, Role role, String organisationOid,
			String agencyCode) {
		requireAdmin(admin);
		UserRow before = user(id)
			.orElseThrow(() -> new UserAdministrationException(null, "admin.users.error.notFound"));
		if (before.version() != version) {
			throw new UserAdministrationException(null, "admin.users.error.conflict");
		}
		if (role == null) {
			throw new UserAdministrationException("role", "admin.users.error.role");
		}
		if (before.role() == Role.ADMIN && role != Role.ADMIN && before.enabled()) {
			requireAnotherAdministrator(id);
		}
		Scope scope = scope(role, organisationOid, agencyCode);
		int updated = this.jdbc
			.sql("update app_user set role = ?, organisation_id = ?, agency_code = ?, version = version + 1 "
					+ "where id = ? and version = ?")
			.params(role.name(), scope.organisationId(), scope.agencyCode(), id, version)
			.update();
		if (updated == 0) {
			throw new UserAdministrationException(null, "admin.users.error.conflict");
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("before", Map.of("role", before.role().name(), "organisation",
				nullToEmpty(before.organisationOid()), "agency", nullToEmpty(before.agencyCode())));
		details.put("after", Map.of("role", role.name(), "organisation", nullToEmpty(scope.organisationOid()), "agency",
				nullToEmpty(scope.agencyCode())));
		this.audit.record(admin.getUsername(), "user.roleChanged", "user", id, details);
		endSessions(before);
	}

	/** Disables (their sessions end at once) or enables the user. */
	public void setEnabled(AccountPrincipal admin, long id, boolean enabled) {
		requireAdmin(admin);
		UserRow user = user(id).orElseThrow(() -> new UserAdministrationException(null, "admin.users.error.notFound"));
		if (user.enabled() == enabled) {
			return;
		}
		if (!enabled && user.role() == Role.ADMIN) {
			requireAnotherAdministrator(id);
		}
		this.jdbc.sql("update app_user set enabled = ?, version = version + 1 where id = ?")
			.params(enabled, id)
			.update();
		this.audit.record(admin.getUsername(), enabled ? "user.enabled" : "user.disabled", "user", id,
				Map.of("username", user.username()));
		if (!enabled) {
			endSessions(user);
		}
	}

	/**
	 * Removes the user's password, ends their sessions and returns a one-time link to set
	 * a new one.
	 */
	public PasswordLink resetPassword(AccountPrincipal admin, long id) {
		requireAdmin(admin);
		UserRow user = user(id).orElseThrow(() -> new UserAdministrationException(null, "admin.users.error.notFound"));
		this.jdbc.sql("update app_user set password_hash = null, version = version + 1 where id = ?")
			.param(id)
			.update();
		this.audit.record(admin.getUsername(), "user.passwordReset", "user", id, Map.of("username", user.username()));
		endSessions(user);
		return issueLink(id, PasswordLinkIssued.Purpose.RESET);
	}

	/** The user a link is for, while it is unused and unexpired. */
	@Transactional(readOnly = true)
	public Optional<String> linkUser(String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select u.username from user_password_link l join app_user u on u.id = l.user_id
				where l.token_hash = ? and l.used_at is null and l.expires_at > ?""")
			.params(hash(token), Timestamp.from(this.clock.instant()))
			.query(String.class)
			.optional();
	}

	/** Sets the password through a one-time link, which then no longer works. */
	public void setPassword(String token, String password, String confirmation) {
		Instant now = this.clock.instant();
		var link = this.jdbc.sql("""
				select l.id, l.user_id from user_password_link l
				where l.token_hash = ? and l.used_at is null and l.expires_at > ? for update""")
			.params(hash(token == null ? "" : token), Timestamp.from(now))
			.query((rs, n) -> new long[] { rs.getLong("id"), rs.getLong("user_id") })
			.optional()
			.orElseThrow(() -> new UserAdministrationException(null, "admin.password.error.link"));
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw new UserAdministrationException("password", "admin.password.error.length", MIN_PASSWORD_LENGTH);
		}
		if (password.codePointCount(0, password.length()) > MAX_PASSWORD_LENGTH) {
			throw new UserAdministrationException("password", "admin.password.error.tooLong", MAX_PASSWORD_LENGTH);
		}
		if (!password.equals(confirmation)) {
			throw new UserAdministrationException("confirmation", "admin.password.error.mismatch");
		}
		this.jdbc.sql("update user_password_link set used_at = ? where id = ?")
			.params(Timestamp.from(now), link[0])
			.update();
		this.jdbc.sql("update app_user set password_hash = ?, version = version + 1 where id = ?")
			.params(this.encoder.encode(password), link[1])
			.update();
		UserRow user = user(link[1]).orElseThrow();
		this.audit.record(user.username(), "user.passwordSet", "user", link[1], Map.of("username", user.username()));
		endSessions(user);
	}

	private PasswordLink issueLink(long userId, PasswordLinkIssued.Purpose purpose) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		Instant expires = now.plus(LINK_LIFETIME);
		// a newer link replaces older ones
		this.jdbc.sql("update user_password_link set used_at = ? where user_id = ? and used_at is null")
			.params(Timestamp.from(now), userId)
			.update();
		this.jdbc.sql("""
				insert into user_password_link (user_id, token_hash, purpose, created_at, expires_at)
				values (?, ?, ?, ?, ?)""")
			.params(userId, hash(token), purpose.name(), Timestamp.from(now), Timestamp.from(expires))
			.update();
		String link = this.baseUrl + "/account/password?token=" + token;
		UserRow user = user(userId).orElseThrow();
		log.atInfo()
			.addKeyValue("event", "password.link")
			.addKeyValue("user", user.username())
			.addKeyValue("purpose", purpose.name())
			.addKeyValue("expires", expires)
			.log("one-time password link issued for {}", user.username());
		// The link itself lets anyone set the password: never at INFO, where production
		// logs are collected. The administrator sees it on screen; the user gets it by
		// mail.
		log.debug("one-time password link for {}: {}", user.username(), link);
		this.events.publishEvent(new PasswordLinkIssued(userId, user.username(), user.displayName(), user.email(),
				purpose, link, expires));
		return new PasswordLink(userId, user.username(), link, expires);
	}

	/** Ends every session of the user; returns how many there were. */
	int endSessions(UserRow user) {
		AccountPrincipal probe = new AccountPrincipal(user.id(), user.username(), user.displayName(), user.role(), null,
				null, null, user.enabled(), null);
		List<SessionInformation> live = this.sessions.getAllSessions(probe, false);
		live.forEach(SessionInformation::expireNow);
		return live.size();
	}

	private void requireAnotherAdministrator(long id) {
		List<Long> admins = this.jdbc.sql("select id from app_user where role = 'ADMIN' and enabled for update")
			.query(Long.class)
			.list();
		if (admins.stream().noneMatch((other) -> other != id)) {
			throw new UserAdministrationException(null, "admin.users.error.lastAdministrator");
		}
	}

	private Scope scope(Role role, String organisationOid, String agencyCode) {
		if (role == null) {
			throw new UserAdministrationException("role", "admin.users.error.role");
		}
		return switch (role) {
			case COORDINATOR -> {
				String oid = organisationOid == null ? "" : organisationOid.trim().toUpperCase(Locale.ROOT);
				Long organisation = this.jdbc.sql("select id from organisation where oid = ?")
					.param(oid)
					.query(Long.class)
					.optional()
					.orElseThrow(() -> new UserAdministrationException("organisationOid",
							"admin.users.error.organisation", oid));
				yield new Scope(organisation, oid, null);
			}
			case NA_OFFICER, ASSESSOR -> {
				String code = agencyCode == null ? "" : agencyCode.trim().toUpperCase(Locale.ROOT);
				boolean exists = this.jdbc.sql("select count(*) from national_agency where code = ?")
					.param(code)
					.query(Integer.class)
					.single() > 0;
				if (!exists) {
					throw new UserAdministrationException("agencyCode", "admin.users.error.agency", code);
				}
				yield new Scope(null, null, code);
			}
			case ADMIN -> new Scope(null, null, null);
		};
	}

	private static void requireAdmin(AccountPrincipal user) {
		if (user == null || !user.hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("users");
		}
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	private static final String SELECT = """
			select u.id, u.username, u.display_name, u.email, u.role, o.oid, o.legal_name, u.agency_code, u.enabled,
			       u.password_hash is not null as password_set, u.version
			from app_user u left join organisation o on o.id = u.organisation_id""";

	private static UserRow row(ResultSet rs) throws SQLException {
		return new UserRow(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("email"), Role.valueOf(rs.getString("role")), rs.getString("oid"),
				rs.getString("legal_name"), rs.getString("agency_code"), rs.getBoolean("enabled"),
				rs.getBoolean("password_set"), rs.getLong("version"));
	}

	private record Scope(Long organisationId, String organisationOid, String agencyCode) {
	}

	/** A user as administrators list them. */
	public record UserRow(long id, String username, String displayName, String email, Role role, String organisationOid,
			String organisationName, String agencyCode, boolean enabled, boolean passwordSet, long version) {
	}

	/** One page of users. */
	public record UserPage(List<UserRow> users, int page, int pages, long total) {
	}

	/** What an administrator enters to invite a user. */
	public record NewUser(String username, String displayName, String email, Role role, String organisationOid,
			String agencyCode) {
	}

	/** A one-time link to set a password. */
	public record PasswordLink(long userId, String username, String link, Instant expiresAt) {
	}

}
