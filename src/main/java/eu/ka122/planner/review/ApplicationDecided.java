package eu.ka122.planner.review;

import java.math.BigDecimal;

/** Published, inside the deciding transaction, when an officer confirms a decision. */
public record ApplicationDecided(long applicationId, String reference, long organisationId, DecisionOutcome outcome,
		BigDecimal awardedTotal) {
}
