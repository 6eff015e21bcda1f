package eu.ka122.planner.review.domain;

/** Where an application ends in the ranking. */
public enum Outcome {

	/** Fundable, and its grant fits the budget left in rank order. */
	FUNDED,

	/**
	 * Fundable, but the budget ran out at it or before it; funded if money comes free, in
	 * rank order.
	 */
	RESERVE,

	/** Not fundable; the {@link RejectionReason} says why. */
	REJECTED;

	/** Key of the outcome's name in {@code i18n/review.properties}. */
	public String messageKey() {
		return "review.outcome." + name();
	}

}
