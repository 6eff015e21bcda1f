package eu.ka122.planner.review;

/** The decision an agency officer confirms for an application. */
public enum DecisionOutcome {

	/** Funded, with the requested grant or a reduced one. */
	APPROVED,

	/** Fundable, funded only if money comes free. */
	RESERVE,

	/** Not funded, with the reasons. */
	REJECTED;

	public String messageKey() {
		return "review.decision." + name();
	}

	public Stage stage() {
		return Stage.valueOf(name());
	}

}
