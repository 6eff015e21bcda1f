package eu.ka122.planner.budget;

import java.time.Instant;

/** One version of a call year's rate table, as listed to readers. */
public record RateTableSummary(long id, int callYear, int version, RateTableStatus status, Instant createdAt,
		Instant publishedAt) {
}
