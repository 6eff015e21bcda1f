package eu.ka122.planner.eligibility.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every rule whose facts the input provides and returns all findings:
 * application-level first, then by activity index, then by rule ID, so that the API, the
 * form and exports list them alike.
 */
public final class EligibilityEngine {

	private static final Comparator<Finding> ORDER = Comparator
		.comparing(Finding::activityIndex, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(Finding::ruleId);

	private final List<Rule> rules;

	public EligibilityEngine() {
		this(RuleCatalogue.all());
	}

	public EligibilityEngine(List<Rule> rules) {
		this.rules = List.copyOf(rules);
	}

	public List<Finding> evaluate(EligibilityInput input) {
		List<Finding> findings = new ArrayList<>();
		for (Rule rule : this.rules) {
			if (input.knows(rule.needs())) {
				List<Finding> ruleFindings = rule.check(input);
				if (!ruleFindings.isEmpty()) {
					findings.addAll(ruleFindings);
				}
			}
		}
		findings.sort(ORDER);
		return List.copyOf(findings);
	}

	/** Only errors stop a submission; warnings and guidance do not. */
	public static boolean submittable(List<Finding> findings) {
		return findings.stream().noneMatch((finding) -> finding.severity() == Severity.ERROR);
	}

	public List<Rule> rules() {
		return this.rules;
	}

}
