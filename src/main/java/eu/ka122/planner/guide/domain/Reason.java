package eu.ka122.planner.guide.domain;

/**
 * One reason behind a recommendation, shown to the school as a translated message.
 * Reasons that come from a hard limit of short-term projects carry the ID of the rulebook
 * rule that enforces it.
 */
public enum Reason {

	AIM_MOBILITY(null),

	AIM_COOPERATION(null),

	PARTNERS_READY(null),

	KA2_NEEDS_EXPERIENCE(null),

	NO_PARTNERS_YET(null),

	ACCREDITED_ORGANISATION("APP-ORG-ACCREDITED"),

	NOT_ACCREDITED(null),

	REGULAR_MOBILITY("APP-THREE-IN-FIVE"),

	THREE_GRANTS_RECEIVED("APP-THREE-IN-FIVE"),

	MORE_THAN_30_PARTICIPANTS("APP-PARTICIPANT-CAP"),

	UP_TO_30_PARTICIPANTS(null),

	ONE_PROJECT(null),

	A_FEW_PROJECTS("APP-ONE-PER-ROUND"),

	FIRST_PROJECT(null),

	EXPERIENCED_ORGANISATION(null),

	NO_EXPERIENCE_NEEDED(null),

	CONSORTIUM_FOR_NEWCOMERS(null);

	private final String ruleId;

	Reason(String ruleId) {
		this.ruleId = ruleId;
	}

	public String messageKey() {
		return "guide.reason." + name();
	}

	/**
	 * The rulebook rule behind this reason, or {@code null} when it is advice rather than
	 * a limit.
	 */
	public String ruleId() {
		return this.ruleId;
	}

}
