package eu.ka122.planner.eligibility.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import eu.ka122.planner.shared.PlannedActivity;

/** A rule about each activity row: at most one finding per row. */
abstract class ActivityRule extends BaseRule {

	ActivityRule(String id, Severity severity, String guideReference, boolean decided, Fact... needs) {
		super(id, severity, Scope.ACTIVITY, guideReference, decided, needs);
	}

	@Override
	final List<Finding> findings(EligibilityInput input) {
		// Runs for every rule and row of every estimate, and most rows hold: no list
		// until
		// a finding needs one, no lambda per row.
		List<PlannedActivity> activities = input.plan().activities();
		List<Finding> findings = null;
		for (int index = 0; index < activities.size(); index++) {
			Optional<Violation> violation = violation(input, index, activities.get(index));
			if (violation.isPresent()) {
				if (findings == null) {
					findings = new ArrayList<>();
				}
				findings.add(finding(index, violation.get()));
			}
		}
		return (findings != null) ? findings : List.of();
	}

	/**
	 * Rows are judged one by one, but {@code input} lets a rule compare a row with the
	 * others.
	 */
	abstract Optional<Violation> violation(EligibilityInput input, int index, PlannedActivity activity);

}
