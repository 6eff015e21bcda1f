package eu.ka122.planner.notifications;

import java.util.Locale;
import java.util.Objects;

/**
 * A mail ready to be queued: subject and body are already written in the recipient's
 * language.
 *
 * @param kind why it is sent
 * @param applicationReference the application it is about (null if none yet)
 * @param recipient one e-mail address
 * @param locale the language subject and body are written in
 * @param subject one line
 * @param body plain text
 */
public record OutgoingMail(MailKind kind, String applicationReference, String recipient, Locale locale, String subject,
		String body) {

	static final int MAX_SUBJECT = 300;

	public OutgoingMail {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(locale, "locale");
		Objects.requireNonNull(body, "body");
		if (recipient == null || recipient.isBlank() || recipient.length() > 254 || recipient.indexOf('@') < 1) {
			throw new IllegalArgumentException("not an e-mail address: " + recipient);
		}
		recipient = recipient.strip();
		// A line break in a subject would start a new mail header.
		subject = Objects.requireNonNull(subject, "subject").replaceAll("[\\r\\n]+", " ").strip();
		if (subject.length() > MAX_SUBJECT) {
			subject = subject.substring(0, MAX_SUBJECT);
		}
	}

}
