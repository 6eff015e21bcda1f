package eu.ka122.planner.shared;

/**
 * What kind of organisation applies; only the first four may apply for a KA122-SCH
 * short-term project.
 */
public enum OrganisationType {

	/**
	 * General education at pre-primary, primary or secondary level, early childhood
	 * education and care included.
	 */
	SCHOOL(true),

	LOCAL_OR_REGIONAL_AUTHORITY(true),

	COORDINATION_BODY(true),

	OTHER_SCHOOL_EDUCATION_ORGANISATION(true),

	OTHER_NOT_ELIGIBLE(false);

	private final boolean eligible;

	OrganisationType(boolean eligible) {
		this.eligible = eligible;
	}

	public boolean eligible() {
		return this.eligible;
	}

}
