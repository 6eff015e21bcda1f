package eu.ka122.planner.eligibility.domain;

import java.util.List;
import java.util.Optional;

import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.PlannedActivity;

/**
 * ACT-PREP-ONE-PER-HOST: one preparatory visit per hosting organisation. The first visit
 * stands; each later one to the same host (trimmed, case-insensitive) gets the finding. A
 * visit without a host is left to ACT-PREP-HOST.
 */
final class ActPrepOnePerHostRule extends ActivityRule {

	ActPrepOnePerHostRule() {
		super("ACT-PREP-ONE-PER-HOST", Severity.ERROR, "Preparatory visits – Where can preparatory visits take place",
				true);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input, int index, PlannedActivity activity) {
		if (activity.type() != ActivityType.PREPARATORY_VISIT) {
			return Optional.empty();
		}
		Optional<String> host = Names.key(activity.hostingOrganisation());
		if (host.isEmpty()) {
			return Optional.empty();
		}
		List<PlannedActivity> activities = input.plan().activities();
		for (int earlier = 0; earlier < index; earlier++) {
			PlannedActivity other = activities.get(earlier);
			if (other.type() == ActivityType.PREPARATORY_VISIT && Names.key(other.hostingOrganisation()).equals(host)) {
				// Row numbers in the text count from 1, as the form shows them.
				return Optional.of(Violation.of(activity.hostingOrganisation().trim(), earlier + 1));
			}
		}
		return Optional.empty();
	}

}
