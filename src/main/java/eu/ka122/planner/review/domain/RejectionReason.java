package eu.ka122.planner.review.domain;

/**
 * Why an application is not ranked. When several apply, the first in this order is given.
 */
public enum RejectionReason {

	/** An eligibility finding of severity ERROR stood at submission. */
	NOT_ELIGIBLE,

	/** No assessment yet. */
	NOT_SCORED,

	/**
	 * Two assessments more than 30 points apart: the score is not final until a third
	 * assessor has scored.
	 */
	AWAITING_THIRD_ASSESSMENT,

	/** Below 60 in total or below half the maximum in a criterion. */
	BELOW_THRESHOLD;

	/** Key of the reason's text in {@code i18n/review.properties}. */
	public String messageKey() {
		return "review.rejection." + name();
	}

}
