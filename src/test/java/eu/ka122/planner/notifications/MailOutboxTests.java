package eu.ka122.planner.notifications;

import java.util.Locale;

import eu.ka122.planner.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static eu.ka122.planner.notifications.OutboxFixtures.mail;
import static eu.ka122.planner.notifications.OutboxFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A mail is a row of the caller's transaction: it exists if and only if that commits. */
@IntegrationTest
class MailOutboxTests {

	@Autowired
	MailOutbox outbox;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Test
	void queuesThePendingMailWithTheTransactionThatCommits() {
		long id = this.transaction.execute((status) -> this.outbox.enqueue(mail("committed@example.org")));

		assertThat(row(this.jdbc, id).status()).isEqualTo("PENDING");
		assertThat(row(this.jdbc, id).attempts()).isZero();
		assertThat(this.jdbc.sql("select kind, recipient, locale, subject from mail_outbox where id = ?")
			.param(id)
			.query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4))
			.single()).isEqualTo("SUBMISSION_RECEIVED|committed@example.org|en|Application received");
	}

	@Test
	void writesNothingWhenTheTransactionRollsBack() {
		this.transaction.executeWithoutResult((status) -> {
			this.outbox.enqueue(mail("rolled-back@example.org"));
			status.setRollbackOnly();
		});
		assertThatThrownBy(() -> this.transaction.executeWithoutResult((status) -> {
			this.outbox.enqueue(mail("failed-change@example.org"));
			throw new IllegalStateException("the business change fails after the mail was queued");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(count("rolled-back@example.org")).isZero();
		assertThat(count("failed-change@example.org")).isZero();
	}

	@Test
	void refusesToQueueOutsideATransaction() {
		assertThatThrownBy(() -> this.outbox.enqueue(mail("no-transaction@example.org")))
			.isInstanceOf(IllegalTransactionStateException.class);
		assertThat(count("no-transaction@example.org")).isZero();
	}

	@Test
	void aSubjectStaysOneLineAndARecipientMustBeAnAddress() {
		OutgoingMail mail = new OutgoingMail(MailKind.DECISION_MADE, null, " a@example.org ", Locale.ENGLISH,
				"Decision\r\nBcc: everyone@example.org", "Body");
		assertThat(mail.subject()).isEqualTo("Decision Bcc: everyone@example.org");
		assertThat(mail.recipient()).isEqualTo("a@example.org");
		assertThatThrownBy(() -> new OutgoingMail(MailKind.DECISION_MADE, null, "no address", Locale.ENGLISH, "S", "B"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private int count(String recipient) {
		return this.jdbc.sql("select count(*) from mail_outbox where recipient = ?")
			.param(recipient)
			.query(Integer.class)
			.single();
	}

}
