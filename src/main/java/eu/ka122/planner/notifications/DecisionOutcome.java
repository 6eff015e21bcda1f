package eu.ka122.planner.notifications;

/**
 * What a decision mail tells the school. The review module maps its own outcome onto
 * these; each has its own subject and text in {@code i18n/notifications.properties}.
 */
public enum DecisionOutcome {

	/** Selected for funding. */
	FUNDED,

	/** On the reserve list: funded if money comes free, in rank order. */
	RESERVE,

	/** Not selected. */
	REJECTED

}
