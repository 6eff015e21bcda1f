package eu.ka122.planner.eligibility.domain;

import java.util.Optional;

/**
 * APP-ONE-PER-ROUND: one submitted short-term project per organisation and selection
 * round.
 */
final class AppOnePerRoundRule extends ApplicationRule {

	AppOnePerRoundRule() {
		super("APP-ONE-PER-ROUND", Severity.ERROR, "Number of applications", false, Fact.SUBMISSIONS);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input) {
		return input.applicant().otherSubmissionInSameRound()
				? Optional.of(Violation.of(input.plan().callYear(), input.plan().round())) : Optional.empty();
	}

}
