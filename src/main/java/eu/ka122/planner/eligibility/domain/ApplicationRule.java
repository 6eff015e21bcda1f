package eu.ka122.planner.eligibility.domain;

import java.util.List;
import java.util.Optional;

/**
 * A rule about the application as a whole: at most one finding, without an activity
 * index.
 */
abstract class ApplicationRule extends BaseRule {

	ApplicationRule(String id, Severity severity, String guideReference, boolean decided, Fact... needs) {
		super(id, severity, Scope.APPLICATION, guideReference, decided, needs);
	}

	@Override
	final List<Finding> findings(EligibilityInput input) {
		Optional<Violation> violation = violation(input);
		return violation.isPresent() ? List.of(finding(null, violation.get())) : List.of();
	}

	abstract Optional<Violation> violation(EligibilityInput input);

}
