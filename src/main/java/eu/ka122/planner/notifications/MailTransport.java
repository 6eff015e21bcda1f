package eu.ka122.planner.notifications;

/** Hands one mail to whatever delivers it. Throws when it could not. */
interface MailTransport {

	void send(MailMessage message);

	/** One outbox row as it goes out. */
	record MailMessage(long id, String recipient, String subject, String body) {
	}

	/**
	 * A failure that retrying cannot cure (a malformed address): the row is marked FAILED
	 * at once.
	 */
	class PermanentFailure extends RuntimeException {

		PermanentFailure(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
