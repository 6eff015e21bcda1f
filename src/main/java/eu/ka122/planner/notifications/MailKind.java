package eu.ka122.planner.notifications;

/** Why a mail is sent; stored with each outbox row. */
public enum MailKind {

	/** To the coordinators of an organisation when its application is submitted. */
	SUBMISSION_RECEIVED,

	/** To an assessor when an application is assigned to them. */
	ASSESSOR_ASSIGNED,

	/** To the coordinators of an organisation when its application is decided. */
	DECISION_MADE,

	/** To a user whom an administrator invited or whose password was reset. */
	PASSWORD_LINK

}
