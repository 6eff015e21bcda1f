package eu.ka122.planner.drafting;

import java.math.BigDecimal;
import java.time.Instant;

/** One line of the coordinator's dashboard. */
public record ApplicationSummary(long id, int callYear, int round, String agencyCode, ApplicationStatus status,
		String title, String reference, BigDecimal requestedTotal, Instant updatedAt, Instant submittedAt) {
}
