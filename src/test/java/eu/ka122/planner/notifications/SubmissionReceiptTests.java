package eu.ka122.planner.notifications;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.util.Locale;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.support.ApplicationForms;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.SignIn;
import eu.ka122.planner.support.TestAccounts;
import eu.ka122.planner.support.TestClockConfiguration.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator submits through the real pages; the receipt is queued with the submission
 * and reaches the (captured) inbox when the dispatcher runs.
 */
@IntegrationTest
class SubmissionReceiptTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationForms forms;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	CapturedMail captured;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void submittingQueuesOneReceiptForTheCoordinatorWhichTheDispatcherThenSends() {
		this.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
		String coordinator = this.accounts.user(Role.COORDINATOR, "ES");
		MockHttpSession session = SignIn.as(this.mvc, coordinator);
		long id = this.forms.create(session);
		this.forms.fill(session, id);

		assertThat(this.forms.submit(session, id)).hasStatus3xxRedirection()
			.hasRedirectedUrl("/coordinator/applications/" + id + "/submitted");
		// a second click on submit changes nothing, and sends nothing more
		assertThat(this.forms.submit(session, id)).hasStatus3xxRedirection();

		String reference = this.jdbc.queryForObject("select reference from application where id = ?", String.class, id);
		String address = coordinator + "@example.org";
		assertThat(this.jdbc.queryForList("select kind from mail_outbox where recipient = ?", String.class, address))
			.containsExactly("SUBMISSION_RECEIVED");
		assertThat(this.jdbc.queryForObject("select application_reference from mail_outbox where recipient = ?",
				String.class, address))
			.isEqualTo(reference);

		this.dispatcher.dispatchDue();

		assertThat(this.captured.to(address)).singleElement().satisfies((mail) -> {
			assertThat(mail.subject()).isEqualTo("Solicitud " + reference + " recibida");
			assertThat(mail.body()).contains("Número de referencia: " + reference)
				.contains("Subvención solicitada: " + spanish(requestedTotal(id)) + " EUR")
				.contains("http://localhost:8080/coordinator/applications/" + id);
		});
		assertThat(
				this.jdbc.queryForObject("select status from mail_outbox where recipient = ?", String.class, address))
			.isEqualTo("SENT");
	}

	@Test
	void aSubmissionRefusedAfterTheDeadlineSendsNoReceipt() {
		this.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
		String coordinator = this.accounts.user(Role.COORDINATOR, "ES");
		MockHttpSession session = SignIn.as(this.mvc, coordinator);
		long id = this.forms.create(session);
		this.forms.fill(session, id);
		this.clock.set(Instant.parse("2027-02-19T11:00:00Z"));

		this.forms.submit(session, id);

		assertThat(this.jdbc.queryForObject("select status from application where id = ?", String.class, id))
			.isEqualTo("DRAFT");
		assertThat(this.jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Integer.class,
				coordinator + "@example.org"))
			.isZero();
	}

	private BigDecimal requestedTotal(long id) {
		return this.jdbc.queryForObject("select requested_total from application_submission where application_id = ?",
				BigDecimal.class, id);
	}

	private static String spanish(BigDecimal amount) {
		return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("es")))
			.format(amount);
	}

}
