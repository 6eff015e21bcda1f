package eu.ka122.planner.review.domain;

import java.math.BigDecimal;

/**
 * A submitted application as the ranking sees it.
 *
 * @param applicationId the application's reference; breaks the last ties
 * @param requestedGrant the grant the application requests, in euros
 * @param score the final score, or null while the application is not scored
 * @param eligible no eligibility finding of severity ERROR at submission
 * @param newcomer the applicant has had no earlier KA122 grant
 * @param longTermPupilMobility the application plans long-term learning mobility of
 * pupils
 * @param participantsWithFewerOpportunities how many of its participants have fewer
 * opportunities
 */
public record Candidate(String applicationId, BigDecimal requestedGrant, ScoreResult score, boolean eligible,
		boolean newcomer, boolean longTermPupilMobility, int participantsWithFewerOpportunities) {

	public Candidate {
		if (applicationId == null || applicationId.isBlank()) {
			throw new IllegalArgumentException("A candidate needs the application id");
		}
		if (requestedGrant == null || requestedGrant.signum() < 0) {
			throw new IllegalArgumentException(
					"Application " + applicationId + " requests an invalid grant: " + requestedGrant);
		}
		if (participantsWithFewerOpportunities < 0) {
			throw new IllegalArgumentException(
					"Application " + applicationId + " has a negative number of participants with fewer opportunities");
		}
	}

	public boolean isScored() {
		return this.score != null;
	}

}
