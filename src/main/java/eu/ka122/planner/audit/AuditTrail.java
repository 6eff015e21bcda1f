package eu.ka122.planner.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records events in the caller's transaction: a business change and its audit entry
 * commit or roll back together.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String actor, String action, String entityType, Object entityId, Map<String, ?> details) {
		this.jdbc
			.sql("insert into audit_event (occurred_at, actor, action, entity_type, entity_id, details, address) "
					+ "values (?, ?, ?, ?, ?, cast(? as jsonb), ?)")
			.params(java.sql.Timestamp.from(this.clock.instant()), actor, action, entityType,
					entityId == null ? null : entityId.toString(), this.json.writeValueAsString(details), address())
			.update();
	}

	/**
	 * A security event (sign-in, failed sign-in, access denied) in a transaction of its
	 * own: it is recorded even when the request fails.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSecurityEvent(String actor, String action, String address, Map<String, ?> details) {
		String who = (actor == null) ? null : actor.substring(0, Math.min(actor.length(), 100));
		String from = (address == null) ? null : address.substring(0, Math.min(address.length(), 64));
		this.jdbc
			.sql("insert into audit_event (occurred_at, actor, action, entity_type, entity_id, details, address) "
					+ "values (?, ?, ?, 'security', null, cast(? as jsonb), ?)")
			.params(java.sql.Timestamp.from(this.clock.instant()), who, action, this.json.writeValueAsString(details),
					from)
			.update();
	}

	/** The events of one record, oldest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> of(String entityType, Object entityId) {
		return this.jdbc
			.sql("select occurred_at, actor, action, details::text as details from audit_event "
					+ "where entity_type = ? and entity_id = ? order by occurred_at, id")
			.params(entityType, entityId.toString())
			.query((rs, n) -> new AuditEntry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
					rs.getString("action"), rs.getString("details")))
			.list();
	}

	private static String address() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getRemoteAddr() : null;
	}

	/** One event as read back. */
	public record AuditEntry(java.time.Instant occurredAt, String actor, String action, String details) {
	}

}
