package eu.ka122.planner.eligibility.domain;

import java.util.List;
import java.util.Set;

/**
 * One rule of the rulebook. Its ID, severity and message keys are part of the product's
 * public contract; the texts live in {@code i18n/rules.properties}.
 */
public interface Rule {

	/** The rulebook ID, e.g. {@code ACT-DURATION}; never changes. */
	String id();

	Severity severity();

	Scope scope();

	/**
	 * The facts this rule needs besides the plan; the engine skips the rule when one is
	 * missing.
	 */
	Set<Fact> needs();

	/** The Programme Guide section the rule comes from. */
	String guideReference();

	/**
	 * Every finding of this rule, at most one per activity row; empty when the rule
	 * holds.
	 */
	List<Finding> check(EligibilityInput input);

	/**
	 * The finding text; some rules add a variant suffix ({@code .missing}) for a
	 * different case.
	 */
	default String messageKey() {
		return "rule." + id() + ".message";
	}

	/** What the rule checks, for the rule catalogue page. */
	default String descriptionKey() {
		return "rule." + id() + ".description";
	}

	/** The Guide passage the rule comes from. */
	default String guideKey() {
		return "rule." + id() + ".guide";
	}

	/**
	 * The product decision taken where the Guide is silent or ambiguous; null when there
	 * is none.
	 */
	default String decisionKey() {
		return null;
	}

}
