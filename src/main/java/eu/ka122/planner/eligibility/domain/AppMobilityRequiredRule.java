package eu.ka122.planner.eligibility.domain;

import java.util.Optional;

import eu.ka122.planner.shared.PlannedActivity;

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
		for (PlannedActivity activity : input.plan().activities()) {
			if (activity.type().isMobility()) {
				return Optional.empty();
			}
		}
		return Optional.of(Violation.of());
	}

}
