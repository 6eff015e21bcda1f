package eu.ka122.planner.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues mails in the caller's transaction. There must be one: a mail queued outside the
 * business change it reports could be sent for a change that then rolls back, or lost for
 * one that commits.
 */
@Service
public class MailOutbox {

	private final JdbcClient jdbc;

	private final Clock clock;

	MailOutbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Writes the mail as a pending outbox row; the dispatcher sends it once the
	 * transaction has committed.
	 * @return the row's id
	 * @throws org.springframework.transaction.IllegalTransactionStateException without a
	 * transaction
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long enqueue(OutgoingMail mail) {
		OffsetDateTime now = utc(this.clock.instant());
		return this.jdbc.sql("""
				insert into mail_outbox (kind, application_reference, recipient, locale, subject, body, status,
				    attempts, next_attempt_at, created_at)
				values (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)
				returning id""")
			.params(mail.kind().name(), mail.applicationReference(), mail.recipient(), mail.locale().toLanguageTag(),
					mail.subject(), mail.body(), now, now)
			.query(Long.class)
			.single();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
