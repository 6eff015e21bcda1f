package eu.ka122.planner.eligibility.domain;

import java.util.Optional;

import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.Countries;
import eu.ka122.planner.shared.PlannedActivity;

/**
 * ACT-ABROAD: outgoing activities take place abroad, except group pupil mobility at an EU
 * institution seat; invited experts and hosted teachers come to the applicant
 * organisation.
 */
final class ActAbroadRule extends ActivityRule {

	ActAbroadRule() {
		super("ACT-ABROAD", Severity.ERROR, "Eligible venues", true);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input, int index, PlannedActivity activity) {
		Optional<String> applicant = Countries.normalise(input.plan().applicantCountry());
		Optional<String> destination = Countries.normalise(activity.destinationCountry());
		if (applicant.isEmpty() || destination.isEmpty()) {
			return Optional.empty();
		}
		boolean home = applicant.equals(destination);
		if (activity.type().isIncoming()) {
			return home ? Optional.empty()
					: Optional.of(Violation.variant("incoming", destination.get(), applicant.get()));
		}
		if (!home || atEuInstitutionSeat(activity, destination.get())) {
			return Optional.empty();
		}
		return Optional.of(Violation.of(destination.get()));
	}

	/**
	 * The Guide: "Rules applicable to venues of staff and learner mobility activities
	 * apply also to preparatory visits linked to those activities", so a visit preparing
	 * group mobility at a seat may go there too.
	 */
	private static boolean atEuInstitutionSeat(PlannedActivity activity, String country) {
		boolean groupVenue = activity.type() == ActivityType.GROUP_PUPIL_MOBILITY
				|| (activity.type() == ActivityType.PREPARATORY_VISIT
						&& activity.preparesActivityType() == ActivityType.GROUP_PUPIL_MOBILITY);
		return groupVenue && EuInstitutionSeats.isSeat(country, activity.destinationCity());
	}

}
