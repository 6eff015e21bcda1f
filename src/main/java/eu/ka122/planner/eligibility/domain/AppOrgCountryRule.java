package eu.ka122.planner.eligibility.domain;

import java.util.Objects;
import java.util.Optional;

import eu.ka122.planner.shared.Countries;

/**
 * APP-ORG-COUNTRY: the applicant is established in an eligible country, whose agency gets
 * the application.
 */
final class AppOrgCountryRule extends ApplicationRule {

	AppOrgCountryRule() {
		super("APP-ORG-COUNTRY", Severity.ERROR, "Eligible countries, Where to apply", true);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input) {
		String country = input.plan().applicantCountry();
		return Countries.isEligible(country) ? Optional.empty()
				: Optional.of(Violation.of(Objects.toString(country, "")));
	}

}
