package eu.ka122.planner.calls;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The calls module's API: rounds, deadlines, start windows and round-2 openings. */
@Service
@Transactional(readOnly = true)
public class Calls {

	private final JdbcClient jdbc;

	Calls(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<CallRound> round(int callYear, int round) {
		return this.jdbc
			.sql("select call_year, round, deadline, start_from, start_to from call_round "
					+ "where call_year = ? and round = ?")
			.params(callYear, round)
			.query((rs, n) -> new CallRound(rs.getInt("call_year"), rs.getInt("round"),
					rs.getTimestamp("deadline").toInstant(), rs.getDate("start_from").toLocalDate(),
					rs.getDate("start_to").toLocalDate()))
			.optional();
	}

	public List<CallRound> rounds(int callYear) {
		return List.of(1, 2).stream().flatMap((r) -> round(callYear, r).stream()).toList();
	}

	/**
	 * Round 1 is always open; round 2 only where the agency opened it for the call year.
	 */
	public boolean round2Open(int callYear, String agencyCode) {
		return agencyCode != null
				&& this.jdbc.sql("select count(*) from call_round2_opening where call_year = ? and agency_code = ?")
					.params(callYear, agencyCode)
					.query(Integer.class)
					.single() > 0;
	}

}
