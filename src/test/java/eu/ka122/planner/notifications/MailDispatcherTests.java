package eu.ka122.planner.notifications;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import eu.ka122.planner.notifications.MailTransport.MailMessage;
import eu.ka122.planner.notifications.MailTransport.PermanentFailure;
import eu.ka122.planner.notifications.OutboxFixtures.Row;
import eu.ka122.planner.notifications.OutboxFixtures.SwitchableTransport;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.TestClockConfiguration.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static eu.ka122.planner.notifications.OutboxFixtures.mail;
import static eu.ka122.planner.notifications.OutboxFixtures.row;
import static eu.ka122.planner.notifications.OutboxFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dispatcher against the real outbox table: retries while the mail server is down,
 * gives up after the last attempt, and never sends one row twice.
 */
@IntegrationTest
class MailDispatcherTests {

	static final Instant T0 = Instant.parse("2027-02-01T09:00:00Z");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MailOutbox outbox;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	MutableClock clock;

	final SwitchableTransport transport = new SwitchableTransport();

	@BeforeEach
	void emptyOutbox() {
		// Other tests leave pending rows; this class counts attempts, so it starts clean.
		this.jdbc.sql("delete from mail_outbox").update();
		this.clock.set(T0);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void keepsTheMailWhileTheServerIsDownAndSendsItOnceItIsBack() {
		MailDispatcher dispatcher = dispatcher(this.transport, 12, 20);
		long id = queue("lucia@example.org");
		this.transport.down = true;

		assertThat(dispatcher.dispatchDue()).isOne();
		assertThat(row(this.jdbc, id)).isEqualTo(new Row("PENDING", 1, T0.plus(Duration.ofMinutes(1)),
				"MailSendException: Mail server connection failed", null));
		// not due again before its backoff is over
		this.clock.set(T0.plusSeconds(59));
		assertThat(dispatcher.dispatchDue()).isZero();

		this.clock.set(T0.plus(Duration.ofMinutes(1)));
		assertThat(dispatcher.dispatchDue()).isOne();
		assertThat(row(this.jdbc, id).attempts()).isEqualTo(2);
		assertThat(row(this.jdbc, id).nextAttemptAt()).as("the backoff doubles")
			.isEqualTo(T0.plus(Duration.ofMinutes(3)));

		this.transport.down = false;
		this.clock.set(T0.plus(Duration.ofMinutes(3)));
		assertThat(dispatcher.dispatchDue()).isOne();
		Row sent = row(this.jdbc, id);
		assertThat(sent.status()).isEqualTo("SENT");
		assertThat(sent.attempts()).isEqualTo(3);
		assertThat(sent.sentAt()).isEqualTo(T0.plus(Duration.ofMinutes(3)));
		assertThat(sent.lastError()).isNull();
		assertThat(this.transport.delivered).extracting(MailMessage::id).containsExactly(id);

		this.clock.set(T0.plus(Duration.ofDays(1)));
		assertThat(dispatcher.dispatchDue()).as("a sent mail is never sent again").isZero();
	}

	@Test
	void keepsTheMailWhileARealSmtpServerIsDownAndDeliversItWhenItListensAgain() throws Exception {
		FakeSmtpServer server = FakeSmtpServer.start();
		int port = server.port();
		server.close();
		MailDispatcher dispatcher = dispatcher(SmtpMailTransportTests.transport(port), 12, 20);
		long id = queue("marco@example.org");

		dispatcher.dispatchDue();
		Row pending = row(this.jdbc, id);
		assertThat(pending.status()).isEqualTo("PENDING");
		assertThat(pending.attempts()).isOne();
		assertThat(pending.lastError()).startsWith("MailSendException").doesNotContain("\n").hasSizeLessThan(501);

		try (FakeSmtpServer back = FakeSmtpServer.start(port)) {
			this.clock.set(T0.plus(Duration.ofMinutes(1)));
			dispatcher.dispatchDue();
			assertThat(row(this.jdbc, id).status()).isEqualTo("SENT");
			assertThat(back.received()).singleElement().satisfies((mail) -> {
				assertThat(mail.recipients()).containsExactly("marco@example.org");
				assertThat(mail.subject()).isEqualTo("Application received");
			});
		}
	}

	@Test
	void marksTheMailFailedAfterTheLastAttemptAndStopsTrying() {
		MailDispatcher dispatcher = dispatcher(this.transport, 3, 20);
		long id = queue("giulia@example.org");
		this.transport.down = true;

		dispatcher.dispatchDue();
		this.clock.set(T0.plus(Duration.ofMinutes(1)));
		dispatcher.dispatchDue();
		assertThat(row(this.jdbc, id).status()).isEqualTo("PENDING");
		this.clock.set(T0.plus(Duration.ofMinutes(3)));
		dispatcher.dispatchDue();

		Row failed = row(this.jdbc, id);
		assertThat(failed.status()).isEqualTo("FAILED");
		assertThat(failed.attempts()).isEqualTo(3);
		assertThat(failed.lastError()).contains("Mail server connection failed");
		this.transport.down = false;
		this.clock.set(T0.plus(Duration.ofDays(2)));
		assertThat(dispatcher.dispatchDue()).isZero();
		assertThat(this.transport.attempts).hasValue(3);
	}

	@Test
	void anAddressTheServerCanNeverTakeFailsAtOnce() {
		MailDispatcher dispatcher = dispatcher((message) -> {
			throw new PermanentFailure("cannot write the mail: Illegal address", null);
		}, 12, 20);
		long id = queue("ana@example.org");

		dispatcher.dispatchDue();

		assertThat(row(this.jdbc, id).status()).isEqualTo("FAILED");
		assertThat(row(this.jdbc, id).attempts()).isOne();
	}

	@Test
	void aMailWhoseDispatcherDiedWhileSendingGoesOutAfterTheClaimTimesOut() {
		MailDispatcher dying = dispatcher((message) -> {
			throw new SimulatedCrash();
		}, 12, 20);
		long id = queue("carmen@example.org");
		assertThatThrownBy(dying::dispatchDue).isInstanceOf(SimulatedCrash.class);

		MailDispatcher other = dispatcher(this.transport, 12, 20);
		this.clock.set(T0.plus(Duration.ofMinutes(4)));
		assertThat(other.dispatchDue()).as("still claimed by the dead dispatcher").isZero();
		this.clock.set(T0.plus(Duration.ofMinutes(5)));
		assertThat(other.dispatchDue()).isOne();
		assertThat(row(this.jdbc, id).status()).isEqualTo("SENT");
	}

	@Test
	void twoDispatchersRunningTogetherNeverSendTheSameMailTwice() throws Exception {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			ids.add(queue("school" + i + "@example.org"));
		}
		this.transport.delay = Duration.ofMillis(3);
		MailDispatcher first = dispatcher(this.transport, 12, 5);
		MailDispatcher second = dispatcher(this.transport, 12, 5);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> a = pool.submit(() -> {
				start.await();
				return first.dispatchDue();
			});
			Future<Integer> b = pool.submit(() -> {
				start.await();
				return second.dispatchDue();
			});
			start.countDown();
			assertThat(a.get(30, TimeUnit.SECONDS) + b.get(30, TimeUnit.SECONDS)).isEqualTo(40);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.transport.delivered).extracting(MailMessage::id).containsExactlyInAnyOrderElementsOf(ids);
		assertThat(
				this.jdbc.sql("select count(*) from mail_outbox where status = 'SENT'").query(Integer.class).single())
			.isEqualTo(40);
	}

	@Test
	void aRolledBackTransactionSendsNothing() {
		MailDispatcher dispatcher = dispatcher(this.transport, 12, 20);
		this.transaction.executeWithoutResult((status) -> {
			this.outbox.enqueue(mail("nobody@example.org"));
			status.setRollbackOnly();
		});

		assertThat(dispatcher.dispatchDue()).isZero();
		assertThat(this.transport.delivered).isEmpty();
	}

	@Test
	void describesAFailureInOneShortLine() {
		String long_ = "x".repeat(2000);
		assertThat(MailDispatcher.describe(new IllegalStateException("first line\n\tat somewhere\n" + long_)))
			.isEqualTo("IllegalStateException: first line");
		assertThat(MailDispatcher.describe(new IllegalStateException(long_))).hasSize(500).endsWith("…");
		assertThat(MailDispatcher.describe(new IllegalStateException())).isEqualTo("IllegalStateException");
	}

	private long queue(String recipient) {
		return this.transaction.execute((status) -> this.outbox.enqueue(mail(recipient)));
	}

	private MailDispatcher dispatcher(MailTransport transport, int maxAttempts, int batchSize) {
		return new MailDispatcher(this.jdbc, transport, this.clock, settings(maxAttempts, batchSize));
	}

	/** What a dispatcher killed in the middle of a send leaves behind. */
	static final class SimulatedCrash extends Error {

	}

}
