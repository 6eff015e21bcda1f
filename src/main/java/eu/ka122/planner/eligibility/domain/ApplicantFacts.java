package eu.ka122.planner.eligibility.domain;

import java.util.List;

import eu.ka122.planner.shared.OrganisationType;

/**
 * What the system knows about the applicant organisation.
 *
 * @param type null when the organisation has not said yet, which APP-ORG-TYPE refuses
 * @param grants earlier KA122-SCH grants, in any order; duplicates count once
 * @param otherSubmissionInSameRound another submitted, not withdrawn application in the
 * same call year and round exists
 */
public record ApplicantFacts(OrganisationType type, boolean accredited, List<PreviousGrant> grants,
		boolean otherSubmissionInSameRound) {

	public ApplicantFacts {
		grants = (grants != null) ? List.copyOf(grants) : List.of();
	}

}
