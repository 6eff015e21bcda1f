package eu.ka122.planner.drafting;

import java.time.Instant;

/**
 * Published when a coordinator withdraws a submitted application; the review module then
 * takes it out of the agency's lists.
 */
public record ApplicationWithdrawn(long applicationId, String reference, Instant withdrawnAt) {
}
