package eu.ka122.planner.notifications;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The last mails "sent" without an SMTP server, newest last: what a developer running
 * locally or a test looks at instead of an inbox. Bounded by
 * {@code ka122.mail.capture-size}.
 */
public final class CapturedMail {

	/** A mail as the recipient would have read it. */
	public record Mail(long outboxId, String recipient, String subject, String body, Instant sentAt) {
	}

	private final Deque<Mail> mails = new ArrayDeque<>();

	private final int capacity;

	CapturedMail(int capacity) {
		this.capacity = capacity;
	}

	synchronized void add(Mail mail) {
		if (this.capacity == 0) {
			return;
		}
		if (this.mails.size() == this.capacity) {
			this.mails.removeFirst();
		}
		this.mails.addLast(mail);
	}

	public synchronized List<Mail> all() {
		return List.copyOf(this.mails);
	}

	public synchronized List<Mail> to(String recipient) {
		return this.mails.stream().filter((m) -> m.recipient().equalsIgnoreCase(recipient)).toList();
	}

	public synchronized void clear() {
		this.mails.clear();
	}

}
