package eu.ka122.planner.eligibility.domain;

import java.util.List;

/**
 * What a rule found, before the base class turns it into a finding.
 *
 * @param variant suffix of the message key for a case that needs other words; null for
 * the rule's message
 */
record Violation(String variant, List<Object> args) {

	Violation {
		args = List.copyOf(args);
	}

	static Violation of(Object... args) {
		return new Violation(null, List.of(args));
	}

	static Violation variant(String variant, Object... args) {
		return new Violation(variant, List.of(args));
	}

}
