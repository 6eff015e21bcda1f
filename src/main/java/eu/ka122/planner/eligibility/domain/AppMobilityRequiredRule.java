package eu.ka122.planner.eligibility.domain;

import java.util.Optional;

/**
 * APP-MOBILITY-REQUIRED: invited experts, hosted teachers and preparatory visits alone
 * are not a project.
 */
final class AppMobilityRequiredRule extends ApplicationRule {

	AppMobilityRequiredRule() {
		super("APP-MOBILITY-REQUIRED", Severity.ERROR, "Eligible activities", false);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input) {
		boolean mobility = input.plan().activities().stream().anyMatch((activity) -> activity.type().isMobility());
		return mobility ? Optional.empty() : Optional.of(Violation.of());
	}

}
