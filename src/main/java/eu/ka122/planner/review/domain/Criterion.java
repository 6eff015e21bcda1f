package eu.ka122.planner.review.domain;

/**
 * The award criteria of KA122-SCH (rulebook §6), each with its maximum score and its
 * threshold, half the maximum. The Guide's bullet points for a criterion are the
 * assessor's guidance, shown next to its score.
 */
public enum Criterion {

	/** Relevance, at most 20 points, at least 10 to be funded. */
	RELEVANCE(20, 10),

	/** Quality of project design, at most 50 points, at least 25 to be funded. */
	PROJECT_DESIGN(50, 25),

	/** Quality of follow-up actions, at most 30 points, at least 15 to be funded. */
	FOLLOW_UP(30, 15);

	/** The points an application can reach over all criteria. */
	public static final int TOTAL_MAX = 100;

	/** The points an application needs over all criteria to be funded. */
	public static final int TOTAL_THRESHOLD = 60;

	private final int max;

	private final int threshold;

	Criterion(int max, int threshold) {
		this.max = max;
		this.threshold = threshold;
	}

	public int max() {
		return this.max;
	}

	public int threshold() {
		return this.threshold;
	}

	/** Key of the criterion's name in {@code i18n/review.properties}. */
	public String messageKey() {
		return "review.criterion." + name();
	}

	/** Key of the Guide's bullet points for the criterion, the assessor's guidance. */
	public String guidanceKey() {
		return messageKey() + ".guidance";
	}

}
