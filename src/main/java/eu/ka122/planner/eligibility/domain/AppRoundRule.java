package eu.ka122.planner.eligibility.domain;

import java.util.Optional;

/**
 * APP-ROUND: round 1 is always open, round 2 only where the National Agency opened it.
 */
final class AppRoundRule extends ApplicationRule {

	AppRoundRule() {
		super("APP-ROUND", Severity.ERROR, "Application deadlines", true, Fact.CALL);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input) {
		int round = input.plan().round();
		if (round == 1 || (round == 2 && input.call().round2Open())) {
			return Optional.empty();
		}
		return Optional.of((round == 2) ? Violation.of(round) : Violation.variant("unknown", round));
	}

}
