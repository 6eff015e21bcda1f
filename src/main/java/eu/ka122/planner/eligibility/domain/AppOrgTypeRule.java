package eu.ka122.planner.eligibility.domain;

import java.util.Optional;

/**
 * APP-ORG-TYPE: only schools and organisations with a role in school education may apply.
 */
final class AppOrgTypeRule extends ApplicationRule {

	AppOrgTypeRule() {
		super("APP-ORG-TYPE", Severity.ERROR, "Eligible organisations", true, Fact.ORGANISATION);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input) {
		var type = input.applicant().type();
		return (type != null && type.eligible()) ? Optional.empty() : Optional.of(Violation.of());
	}

}
