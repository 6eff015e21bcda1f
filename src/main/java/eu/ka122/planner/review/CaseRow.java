package eu.ka122.planner.review;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A submitted application as the agency's lists show it.
 *
 * @param assessors the display names of the assessors who did not declare a conflict, for
 * agency officers only (null for others)
 * @param scoreTotal the mean of the assessments' totals, one decimal; null before the
 * first assessment
 * @param fundable whether the final score passes every threshold; null before the first
 * assessment
 */
public record CaseRow(long applicationId, String reference, String agencyCode, int callYear, int round,
		long organisationId, String organisationName, String organisationOid, String organisationType, String title,
		BigDecimal requestedTotal, int participants, int fewerOpportunities, boolean longTermPupils, boolean newcomer,
		int errorCount, int warningCount, Instant submittedAt, Stage stage, int assessments, BigDecimal scoreTotal,
		BigDecimal scoreRelevance, BigDecimal scoreDesign, BigDecimal scoreFollowUp, Boolean fundable,
		BigDecimal awardedTotal, String assessors) {

	/** The submission time in Brussels, as calls state their deadlines. */
	public java.time.ZonedDateTime submittedInBrussels() {
		return this.submittedAt.atZone(java.time.ZoneId.of("Europe/Brussels"));
	}

	public boolean eligible() {
		return this.errorCount == 0;
	}

}
