package eu.ka122.planner.eligibility.domain;

import java.util.Optional;

import eu.ka122.planner.shared.Countries;
import eu.ka122.planner.shared.PlannedActivity;

/**
 * ACT-DESTINATION-ELIGIBLE: activities take place in an eligible country. A code that is
 * no country at all, or none, is for input validation to refuse, not a finding.
 */
final class ActDestinationEligibleRule extends ActivityRule {

	ActDestinationEligibleRule() {
		super("ACT-DESTINATION-ELIGIBLE", Severity.ERROR, "Eligible venues", true);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input, int index, PlannedActivity activity) {
		Optional<String> country = Countries.normalise(activity.destinationCountry());
		return (country.isEmpty() || Countries.isEligible(country.get())) ? Optional.empty()
				: Optional.of(Violation.of(country.get()));
	}

}
