package eu.ka122.planner.guide.domain;

/** The action the guide recommends. */
public enum Recommendation {

	/**
	 * A short-term project for mobility of pupils and staff in school education
	 * (KA122-SCH).
	 */
	SHORT_TERM_PROJECT,

	/**
	 * An Erasmus accreditation in school education (KA120), and then accredited projects;
	 * for an organisation that already holds one, the accredited projects alone.
	 */
	ACCREDITATION,

	/**
	 * Joining an existing mobility consortium led by an accredited coordinator, without
	 * applying.
	 */
	CONSORTIUM_MEMBERSHIP,

	/** A Key Action 2 cooperation partnership. */
	COOPERATION_PARTNERSHIP;

	public String messageKey() {
		return "guide.recommendation." + name();
	}

}
