package eu.ka122.planner.eligibility.domain;

import java.util.Optional;

/**
 * APP-ORG-ACCREDITED: accredited organisations have their own funding strand and cannot
 * apply here.
 */
final class AppOrgAccreditedRule extends ApplicationRule {

	AppOrgAccreditedRule() {
		super("APP-ORG-ACCREDITED", Severity.ERROR, "Eligible organisations", false, Fact.ORGANISATION);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input) {
		return input.applicant().accredited() ? Optional.of(Violation.of()) : Optional.empty();
	}

}
