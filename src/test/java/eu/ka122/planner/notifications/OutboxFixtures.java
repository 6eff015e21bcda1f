package eu.ka122.planner.notifications;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import eu.ka122.planner.notifications.MailTransport.MailMessage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;

/** Settings, a transport that can be switched off, and outbox row reads for the tests. */
final class OutboxFixtures {

	private OutboxFixtures() {
	}

	static MailSettings settings(int maxAttempts, int batchSize) {
		return new MailSettings("http://localhost:8080", "KA122 Planner <no-reply@ka122.example>", true,
				Duration.ofSeconds(10), batchSize, maxAttempts, Duration.ofMinutes(1), Duration.ofHours(1),
				Duration.ofMinutes(5), 50);
	}

	static OutgoingMail mail(String recipient) {
		return new OutgoingMail(MailKind.SUBMISSION_RECEIVED, "2027-1-ES01-KA122-SCH-000000001", recipient,
				Locale.ENGLISH, "Application received", "Dear coordinator");
	}

	/** An outbox row as the tests look at it. */
	record Row(String status, int attempts, Instant nextAttemptAt, String lastError, Instant sentAt) {
	}

	static Row row(JdbcClient jdbc, long id) {
		return jdbc.sql("select status, attempts, next_attempt_at, last_error, sent_at from mail_outbox where id = ?")
			.param(id)
			.query((rs, n) -> new Row(rs.getString("status"), rs.getInt("attempts"),
					rs.getObject("next_attempt_at", OffsetDateTime.class).toInstant(), rs.getString("last_error"),
					rs.getObject("sent_at", OffsetDateTime.class) == null ? null
							: rs.getObject("sent_at", OffsetDateTime.class).toInstant()))
			.single();
	}

	/** A mail server that can be down, as the SMTP transport reports it. */
	static final class SwitchableTransport implements MailTransport {

		volatile boolean down;

		volatile Duration delay = Duration.ZERO;

		final AtomicInteger attempts = new AtomicInteger();

		final List<MailMessage> delivered = new CopyOnWriteArrayList<>();

		@Override
		public void send(MailMessage message) {
			this.attempts.incrementAndGet();
			if (this.down) {
				throw new MailSendException("Mail server connection failed");
			}
			if (!this.delay.isZero()) {
				try {
					Thread.sleep(this.delay.toMillis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			this.delivered.add(message);
		}

	}

}
