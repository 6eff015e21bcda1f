package eu.ka122.planner.estimate;

import java.util.List;

import eu.ka122.planner.budget.domain.Breakdown;
import eu.ka122.planner.eligibility.domain.Finding;
import eu.ka122.planner.eligibility.domain.Severity;
import eu.ka122.planner.shared.ApplicationPlan;

/**
 * A plan with its budget (computed with the named rate-table version) and every finding
 * of the rules that could be evaluated with what was known.
 */
public record Estimate(ApplicationPlan plan, String agencyCode, Breakdown breakdown, List<Finding> findings) {

	public Estimate {
		findings = List.copyOf(findings);
	}

	public boolean submittable() {
		return this.findings.stream().noneMatch((f) -> f.severity() == Severity.ERROR);
	}

	public int rateTableVersion() {
		return this.breakdown.rateTableVersion();
	}

	public List<Finding> findingsFor(int activityIndex) {
		return this.findings.stream()
			.filter((f) -> f.activityIndex() != null && f.activityIndex() == activityIndex)
			.toList();
	}

	public List<Finding> applicationFindings() {
		return this.findings.stream().filter((f) -> f.activityIndex() == null).toList();
	}

}
