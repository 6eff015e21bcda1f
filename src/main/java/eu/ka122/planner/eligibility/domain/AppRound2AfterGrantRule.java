package eu.ka122.planner.eligibility.domain;

import java.util.Optional;

/**
 * APP-ROUND2-AFTER-GRANT: a round-1 grant of the same call year closes round 2 to the
 * organisation.
 */
final class AppRound2AfterGrantRule extends ApplicationRule {

	AppRound2AfterGrantRule() {
		super("APP-ROUND2-AFTER-GRANT", Severity.ERROR, "Number of applications", false, Fact.GRANT_HISTORY);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input) {
		int callYear = input.plan().callYear();
		boolean grantedInRound1 = input.applicant().grants().contains(new PreviousGrant(callYear, 1));
		return (input.plan().round() == 2 && grantedInRound1) ? Optional.of(Violation.of(callYear)) : Optional.empty();
	}

}
