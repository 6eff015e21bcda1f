package eu.ka122.planner.review;

/** Where a submitted application stands in the agency's review. */
public enum Stage {

	/** No assessor yet. */
	UNASSIGNED,

	/** Assessors assigned, not every one has scored. */
	IN_ASSESSMENT,

	/** Every assigned assessor has scored. */
	ASSESSED,

	/** Two assessments more than 30 points apart: a third assessor must score. */
	THIRD_NEEDED,

	APPROVED,

	RESERVE,

	REJECTED,

	/** The coordinator withdrew the application. */
	WITHDRAWN;

	public String messageKey() {
		return "review.stage." + name();
	}

	public boolean decided() {
		return this == APPROVED || this == RESERVE || this == REJECTED;
	}

}
