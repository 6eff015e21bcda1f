package eu.ka122.planner.review.domain;

import java.math.BigDecimal;

/**
 * One line of the ranking.
 *
 * @param position the rank from 1 among the fundable applications; null when rejected
 * @param candidate the application
 * @param outcome funded, reserve or rejected
 * @param rejectionReason why it was rejected; null unless rejected
 * @param cumulativeRequested the grants requested by this and every better-ranked
 * application; what the budget must hold to fund down to this line. Null when rejected.
 */
public record RankedCandidate(Integer position, Candidate candidate, Outcome outcome, RejectionReason rejectionReason,
		BigDecimal cumulativeRequested) {

	public String applicationId() {
		return this.candidate.applicationId();
	}

}
