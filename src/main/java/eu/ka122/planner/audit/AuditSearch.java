package eu.ka122.planner.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import eu.ka122.planner.shared.SearchFolding;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators' search through the audit trail, newest first, one page at a time. */
@Service
@Transactional(readOnly = true)
public class AuditSearch {

	public static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	AuditSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Page search(Query query, int page) {
		StringBuilder where = new StringBuilder(" where true");
		List<Object> params = new ArrayList<>();
		if (present(query.actor())) {
			where.append(" and ka122_fold(actor) like ? escape '\\'");
			params.add(like(query.actor()));
		}
		if (present(query.action())) {
			where.append(" and ka122_fold(action) like ? escape '\\'");
			params.add(like(query.action()));
		}
		if (present(query.entity())) {
			where.append(
					" and (ka122_fold(entity_type) like ? escape '\\' or ka122_fold(entity_id) like ? escape '\\')");
			params.add(like(query.entity()));
			params.add(like(query.entity()));
		}
		if (present(query.text())) {
			where.append(" and ka122_fold(details::text) like ? escape '\\'");
			params.add(like(query.text()));
		}
		if (present(query.address())) {
			where.append(" and address like ? escape '\\'");
			params.add(like(query.address()));
		}
		if (query.from() != null) {
			where.append(" and occurred_at >= ?");
			params.add(Timestamp.from(query.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
		}
		if (query.to() != null) {
			where.append(" and occurred_at < ?");
			params.add(Timestamp.from(query.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
		}
		long total = this.jdbc.sql("select count(*) from audit_event" + where)
			.params(params)
			.query(Long.class)
			.single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 1), pages);
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(PAGE_SIZE);
		pageParams.add((current - 1) * PAGE_SIZE);
		List<Event> events = this.jdbc
			.sql("select id, occurred_at, actor, action, entity_type, entity_id, details::text as details, address "
					+ "from audit_event" + where + " order by occurred_at desc, id desc limit ? offset ?")
			.params(pageParams)
			.query((rs, n) -> new Event(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"),
					rs.getString("entity_id"), rs.getString("details"), rs.getString("address")))
			.list();
		return new Page(events, current, pages, total);
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	/** The value folded as ka122_fold() folds the stored text: Łódź is found by lodz. */
	private static String like(String value) {
		return SearchFolding.containsPattern(value);
	}

	/** What to look for; blank or null parts match everything. Dates are UTC days. */
	public record Query(String actor, String action, String entity, String text, String address, LocalDate from,
			LocalDate to) {
	}

	/** One recorded event. */
	public record Event(long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
			String details, String address) {
	}

	/** One page of events. */
	public record Page(List<Event> events, int page, int pages, long total) {
	}

}
