package eu.ka122.planner.drafting;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Published when an application is submitted; the review module learns of submissions
 * through it.
 */
public record ApplicationSubmitted(long applicationId, String reference, long organisationId, String agencyCode,
		int callYear, int round, BigDecimal requestedTotal, Instant submittedAt) {
}
