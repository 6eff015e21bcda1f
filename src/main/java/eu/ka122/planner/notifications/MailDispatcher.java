package eu.ka122.planner.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import eu.ka122.planner.notifications.MailTransport.MailMessage;
import eu.ka122.planner.notifications.MailTransport.PermanentFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

import static eu.ka122.planner.notifications.MailOutbox.utc;

/**
 * Sends committed outbox rows. A run claims a batch of due rows in one short statement
 * ({@code FOR UPDATE SKIP LOCKED}, so parallel dispatchers, e.g. two app instances, take
 * different rows) and moves their next attempt to the end of the claim, then sends them
 * one by one and records each result at once. No lock is held while the mail server
 * talks, and if the process dies mid-batch only the unrecorded rows go out again after
 * the claim times out: delivery is at least once.
 *
 * <p>
 * A failed attempt keeps the row PENDING with the error and an exponential backoff, so
 * nothing is lost while the mail server is down; after {@code ka122.mail.max-attempts} it
 * becomes FAILED (still in the table, to be queued again by hand).
 */
class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private static final int MAX_ERROR = 500;

	private final JdbcClient jdbc;

	private final MailTransport transport;

	private final Clock clock;

	private final MailSettings settings;

	/**
	 * @param transport null when no mail can be sent (production without SMTP): rows stay
	 * pending
	 */
	MailDispatcher(JdbcClient jdbc, MailTransport transport, Clock clock, MailSettings settings) {
		this.jdbc = jdbc;
		this.transport = transport;
		this.clock = clock;
		this.settings = settings;
	}

	/** Sends every due mail; returns how many attempts were made. */
	int dispatchDue() {
		if (this.transport == null) {
			return 0;
		}
		int attempts = 0;
		List<Claimed> batch;
		do {
			batch = claim();
			for (Claimed mail : batch) {
				deliver(mail);
			}
			attempts += batch.size();
		}
		while (batch.size() == this.settings.batchSize());
		return attempts;
	}

	private List<Claimed> claim() {
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				update mail_outbox set next_attempt_at = :claimedUntil
				where id in (select id from mail_outbox
				             where status = 'PENDING' and next_attempt_at <= :now
				             order by next_attempt_at, id
				             limit :limit
				             for update skip locked)
				returning id, recipient, subject, body, attempts""")
			.param("claimedUntil", utc(now.plus(this.settings.claimTimeout())))
			.param("now", utc(now))
			.param("limit", this.settings.batchSize())
			.query((rs,
					n) -> new Claimed(new MailMessage(rs.getLong("id"), rs.getString("recipient"),
							rs.getString("subject"), rs.getString("body")), rs.getInt("attempts")))
			.list()
			.stream()
			.sorted(Comparator.comparingLong((Claimed c) -> c.message().id()))
			.toList();
	}

	private void deliver(Claimed mail) {
		RuntimeException failure;
		try {
			this.transport.send(mail.message());
			this.jdbc.sql("""
					update mail_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null
					where id = ?""").params(utc(this.clock.instant()), mail.message().id()).update();
			return;
		}
		catch (RuntimeException ex) {
			failure = ex;
		}
		int attempts = mail.attempts() + 1;
		boolean giveUp = failure instanceof PermanentFailure || attempts >= this.settings.maxAttempts();
		Instant next = this.clock.instant().plus(this.settings.backoff(attempts));
		this.jdbc.sql("""
				update mail_outbox set status = ?, attempts = ?, last_error = ?, next_attempt_at = ?
				where id = ?""")
			.params(giveUp ? "FAILED" : "PENDING", attempts, describe(failure), utc(next), mail.message().id())
			.update();
		if (giveUp) {
			log.error("Mail {} to {} failed for good after {} attempt(s): {}", mail.message().id(),
					mail.message().recipient(), attempts, describe(failure));
		}
		else {
			log.warn("Mail {} not sent (attempt {}), next try at {}: {}", mail.message().id(), attempts, next,
					describe(failure));
		}
	}

	/** The failure in one short line: its type and first message line, no stack trace. */
	static String describe(Throwable failure) {
		String message = failure.getMessage();
		String text = failure.getClass().getSimpleName();
		if (message != null && !message.isBlank()) {
			text += ": " + message.strip().lines().findFirst().orElse("");
		}
		return (text.length() > MAX_ERROR) ? text.substring(0, MAX_ERROR - 1) + "…" : text;
	}

	private record Claimed(MailMessage message, int attempts) {
	}

}
