package eu.ka122.planner.eligibility.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What every rule shares: its identity, and never looking at a fact the caller did not
 * give it, so that a rule called outside the engine cannot fail on a missing fact either.
 */
abstract class BaseRule implements Rule {

	private final String id;

	private final Severity severity;

	private final Scope scope;

	private final String guideReference;

	private final boolean decided;

	private final Set<Fact> needs;

	/**
	 * @param decided the rulebook or the implementation took a decision where the Guide
	 * is silent, stated in {@code rule.<ID>.decision}
	 */
	BaseRule(String id, Severity severity, Scope scope, String guideReference, boolean decided, Fact... needs) {
		this.id = id;
		this.severity = severity;
		this.scope = scope;
		this.guideReference = guideReference;
		this.decided = decided;
		EnumSet<Fact> facts = EnumSet.noneOf(Fact.class);
		facts.addAll(List.of(needs));
		this.needs = Collections.unmodifiableSet(facts);
	}

	@Override
	public final String id() {
		return this.id;
	}

	@Override
	public final Severity severity() {
		return this.severity;
	}

	@Override
	public final Scope scope() {
		return this.scope;
	}

	@Override
	public final Set<Fact> needs() {
		return this.needs;
	}

	@Override
	public final String guideReference() {
		return this.guideReference;
	}

	@Override
	public final String decisionKey() {
		return this.decided ? "rule." + this.id + ".decision" : null;
	}

	@Override
	public final List<Finding> check(EligibilityInput input) {
		return input.knows(this.needs) ? findings(input) : List.of();
	}

	abstract List<Finding> findings(EligibilityInput input);

	final Finding finding(Integer activityIndex, Violation violation) {
		String key = (violation.variant() != null) ? messageKey() + "." + violation.variant() : messageKey();
		return new Finding(this.id, this.severity, activityIndex, key, violation.args());
	}

	@Override
	public String toString() {
		return this.id;
	}

}
