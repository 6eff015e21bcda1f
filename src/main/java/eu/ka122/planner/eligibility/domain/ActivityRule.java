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
		List<PlannedActivity> activities = input.plan().activities();
		List<Finding> findings = new ArrayList<>();
		for (int index = 0; index < activities.size(); index++) {
			int row = index;
			violation(input, index, activities.get(index)).ifPresent((v) -> findings.add(finding(row, v)));
		}
		return findings;
	}

	/**
	 * Rows are judged one by one, but {@code input} lets a rule compare a row with the
	 * others.
	 */
	abstract Optional<Violation> violation(EligibilityInput input, int index, PlannedActivity activity);

}
