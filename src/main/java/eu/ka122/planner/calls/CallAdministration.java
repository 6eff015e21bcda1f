package eu.ka122.planner.calls;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.audit.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators' settings of a call year: each round's deadline (entered in Brussels
 * time) and project start window, and which agencies opened round 2. Drafts read these on
 * every request, so a change applies to them at once.
 */
@Service
@Transactional
public class CallAdministration {

	public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	CallAdministration(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<Integer> years() {
		return this.jdbc.sql("select distinct call_year from call_round order by call_year desc")
			.query(Integer.class)
			.list();
	}

	/**
	 * The year's rounds as the form shows them (Brussels local times), and round-2
	 * openings.
	 */
	@Transactional(readOnly = true)
	public Settings settings(int year) {
		Map<Integer, RoundValues> rounds = new LinkedHashMap<>();
		this.jdbc
			.sql("select round, deadline, start_from, start_to, lock_version from call_round where call_year = ? "
					+ "order by round")
			.param(year)
			.query((rs, n) -> new RoundValues(rs.getInt("round"),
					rs.getTimestamp("deadline").toInstant().atZone(BRUSSELS).toLocalDateTime().toString(),
					rs.getDate("start_from").toString(), rs.getDate("start_to").toString(), rs.getLong("lock_version")))
			.list()
			.forEach((r) -> rounds.put(r.round(), r));
		Set<String> opened = new TreeSet<>(
				this.jdbc.sql("select agency_code from call_round2_opening where call_year = ?")
					.param(year)
					.query(String.class)
					.list());
		return new Settings(year, rounds, opened);
	}

	/**
	 * Saves both rounds and the openings if every value is valid and nobody saved since
	 * the form was opened; otherwise returns the problems (field, message key) and saves
	 * nothing.
	 */
	public List<Problem> save(AccountPrincipal admin, int year, List<RoundValues> rounds, Set<String> round2Agencies) {
		if (admin == null || !admin.hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("calls");
		}
		List<Problem> problems = new ArrayList<>();
		if (year < 2021 || year > 2100) {
			return List.of(new Problem("main", "admin.calls.error.year"));
		}
		Map<Integer, Instant> deadlines = new LinkedHashMap<>();
		Map<Integer, LocalDate[]> windows = new LinkedHashMap<>();
		for (RoundValues round : rounds) {
			String prefix = "round" + round.round() + ".";
			try {
				deadlines.put(round.round(), LocalDateTime.parse(round.deadline().trim()).atZone(BRUSSELS).toInstant());
			}
			catch (DateTimeParseException | NullPointerException ex) {
				problems.add(new Problem(prefix + "deadline", "admin.calls.error.deadline"));
			}
			try {
				LocalDate from = LocalDate.parse(round.startFrom().trim());
				LocalDate to = LocalDate.parse(round.startTo().trim());
				if (to.isBefore(from)) {
					problems.add(new Problem(prefix + "startTo", "admin.calls.error.window"));
				}
				windows.put(round.round(), new LocalDate[] { from, to });
			}
			catch (DateTimeParseException | NullPointerException ex) {
				problems.add(new Problem(prefix + "startFrom", "admin.calls.error.date"));
			}
		}
		if (deadlines.containsKey(1) && deadlines.containsKey(2) && !deadlines.get(2).isAfter(deadlines.get(1))) {
			problems.add(new Problem("round2.deadline", "admin.calls.error.order"));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		Settings before = settings(year);
		for (RoundValues round : rounds) {
			Instant deadline = deadlines.get(round.round());
			LocalDate[] window = windows.get(round.round());
			int updated;
			if (before.rounds().containsKey(round.round())) {
				updated = this.jdbc
					.sql("""
							update call_round set deadline = ?, start_from = ?, start_to = ?, lock_version = lock_version + 1
							where call_year = ? and round = ? and lock_version = ?""")
					.params(Timestamp.from(deadline), java.sql.Date.valueOf(window[0]),
							java.sql.Date.valueOf(window[1]), year, round.round(), round.lockVersion())
					.update();
			}
			else {
				updated = this.jdbc.sql(
						"insert into call_round (call_year, round, deadline, start_from, start_to) values (?, ?, ?, ?, ?)")
					.params(year, round.round(), Timestamp.from(deadline), java.sql.Date.valueOf(window[0]),
							java.sql.Date.valueOf(window[1]))
					.update();
			}
			if (updated == 0) {
				throw new ConcurrentCallChangeException();
			}
		}
		this.jdbc.sql("delete from call_round2_opening where call_year = ?").param(year).update();
		for (String agency : new TreeSet<>(round2Agencies)) {
			this.jdbc.sql("insert into call_round2_opening (call_year, agency_code) values (?, ?)")
				.params(year, agency)
				.update();
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("before", describe(before));
		details.put("after", describe(settings(year)));
		this.audit.record(admin.getUsername(), "call.changed", "call", year, details);
		return List.of();
	}

	private static Map<String, Object> describe(Settings settings) {
		Map<String, Object> out = new LinkedHashMap<>();
		settings.rounds()
			.forEach((n, r) -> out.put("round" + n,
					Map.of("deadline", r.deadline(), "startFrom", r.startFrom(), "startTo", r.startTo())));
		out.put("round2Open", List.copyOf(settings.round2Agencies()));
		return out;
	}

	/** A call year's settings. */
	public record Settings(int callYear, Map<Integer, RoundValues> rounds, Set<String> round2Agencies) {
	}

	/**
	 * One round as typed: deadline {@code yyyy-MM-ddTHH:mm} Brussels time, start window
	 * dates, and the lock the form was opened with.
	 */
	public record RoundValues(int round, String deadline, String startFrom, String startTo, long lockVersion) {
	}

	/** A value that cannot be saved. */
	public record Problem(String field, String messageKey) {
	}

	/** Someone saved the call since the form was opened. */
	public static class ConcurrentCallChangeException extends RuntimeException {

		ConcurrentCallChangeException() {
			super("call changed concurrently");
		}

	}

}
