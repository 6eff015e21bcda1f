package eu.ka122.planner.budget;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import eu.ka122.planner.budget.domain.RateTable;
import eu.ka122.planner.budget.persistence.RateTableStore;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Call years of their own for tests that publish rate tables, so that no other test's
 * budgets change: each gets the 2026 defaults as published version 1 and two open rounds.
 */
public final class RateTableYears {

	private static final AtomicInteger NEXT = new AtomicInteger(2060);

	private RateTableYears() {
	}

	public static synchronized int publishedYear(JdbcTemplate jdbc, RateTableStore store) {
		int year;
		do {
			year = NEXT.getAndIncrement();
		}
		while (jdbc.queryForObject("select count(*) from rate_table where call_year = ?", Integer.class, year) > 0);
		RateTable defaults = RateTable.defaults2026();
		RateTable table = new RateTable(year, 1, defaults.units(), defaults.travelBands(), defaults.countryGroups(),
				defaults.staffRanges(), defaults.pupilRanges(), defaults.agencies(), defaults.agencyForCountry());
		long id = store.insertDraft(table, Set.of("IE", "LT"), "test", null);
		store.publish(id, "test", Instant.now());
		jdbc.update(
				"insert into call_round (call_year, round, deadline, start_from, start_to) values "
						+ "(?, 1, ?, ?, ?), (?, 2, ?, ?, ?)",
				year, java.sql.Timestamp.from(Instant.parse(year + "-02-19T11:00:00Z")),
				java.sql.Date.valueOf(year + "-06-01"), java.sql.Date.valueOf(year + "-12-31"), year,
				java.sql.Timestamp.from(Instant.parse(year + "-10-01T10:00:00Z")),
				java.sql.Date.valueOf((year + 1) + "-01-01"), java.sql.Date.valueOf((year + 1) + "-05-31"));
		return year;
	}

}
