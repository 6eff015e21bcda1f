package eu.ka122.planner.drafting;

import java.math.BigDecimal;
import java.time.Instant;

import eu.ka122.planner.accounts.OrganisationView;
import eu.ka122.planner.shared.ApplicationPlan;

/**
 * A submitted (or later withdrawn) application as other modules read it: the frozen
 * snapshot the coordinator sent and the plan it was computed from.
 *
 * @param snapshot the submission snapshot as JSON, exactly as stored at submission
 * @param plan the activities and facts the budget was computed from; the rows are frozen
 * by the database once the application is submitted
 * @param rateTableVersion the rate-table version the requested grant was computed with
 */
public record SubmittedApplication(long applicationId, String reference, ApplicationStatus status,
		OrganisationView organisation, String agencyCode, int callYear, int round, String title, ApplicationPlan plan,
		String snapshot, int rateTableVersion, BigDecimal requestedTotal, Instant submittedAt) {
}
