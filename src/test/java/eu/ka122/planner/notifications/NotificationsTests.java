package eu.ka122.planner.notifications;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.drafting.ApplicationSubmitted;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The three mails: who gets them, in which language, with which facts and links. */
@IntegrationTest
class NotificationsTests {

	static final String REFERENCE = "2027-1-ES01-KA122-SCH-000000042";

	@Autowired
	Notifications notifications;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	// Called directly: the event of a made-up submission would also reach the review
	// module,
	// which reads the (here missing) submission.
	SubmissionReceipts receipts;

	@Autowired
	JdbcClient jdbc;

	record Queued(String kind, String reference, String locale, String subject, String body) {
	}

	@Test
	void aDecisionGoesToEveryEnabledCoordinatorOfTheOrganisationInItsCountrysLanguage() {
		String first = this.accounts.user(Role.COORDINATOR, "ES");
		long organisation = organisationOf(first);
		String second = this.accounts.coordinatorOf(organisation);
		String disabled = this.accounts.coordinatorOf(organisation);
		this.jdbc.sql("update app_user set enabled = false where username = ?").param(disabled).update();

		int queued = this.transaction
			.execute((status) -> this.notifications.notifyDecision(organisation, REFERENCE, DecisionOutcome.FUNDED));

		assertThat(queued).isEqualTo(2);
		assertThat(queued(disabled)).isEmpty();
		assertThat(queued(second)).hasSize(1);
		assertThat(queued(first)).singleElement().satisfies((mail) -> {
			assertThat(mail.kind()).isEqualTo("DECISION_MADE");
			assertThat(mail.reference()).isEqualTo(REFERENCE);
			assertThat(mail.locale()).isEqualTo("es");
			assertThat(mail.subject())
				.isEqualTo("Decisión sobre la solicitud " + REFERENCE + ": seleccionada para financiación");
			assertThat(mail.body()).startsWith("Estimado/a Test " + first + ":")
				.contains("ha sido seleccionada para recibir financiación")
				.contains("http://localhost:8080/coordinator\n")
				.endsWith("Las respuestas no se leen.");
		});
	}

	@Test
	void aSchoolInACountryWhoseLanguageTheAppDoesNotSpeakReadsEnglish() {
		String coordinator = this.accounts.user(Role.COORDINATOR, "NL");
		long organisation = organisationOf(coordinator);

		this.transaction.executeWithoutResult(
				(status) -> this.notifications.notifyDecision(organisation, REFERENCE, DecisionOutcome.RESERVE));

		assertThat(queued(coordinator)).singleElement().satisfies((mail) -> {
			assertThat(mail.locale()).isEqualTo("en");
			assertThat(mail.subject()).isEqualTo("Decision on application " + REFERENCE + ": reserve list");
			assertThat(mail.body()).contains("it is on the reserve list");
		});
	}

	@Test
	void anAssessorIsToldOfTheAssignmentWithALinkToTheAssessment() {
		String assessor = this.accounts.user(Role.ASSESSOR, "ES01");

		this.transaction.executeWithoutResult((status) -> this.notifications.notifyAssessorAssigned(userId(assessor),
				REFERENCE, "/assessor/assessments/7"));

		assertThat(queued(assessor)).singleElement().satisfies((mail) -> {
			assertThat(mail.kind()).isEqualTo("ASSESSOR_ASSIGNED");
			assertThat(mail.locale()).isEqualTo("es");
			assertThat(mail.subject()).isEqualTo("Se le ha asignado la solicitud " + REFERENCE + " para su evaluación");
			assertThat(mail.body()).contains("http://localhost:8080/assessor/assessments/7");
		});
	}

	@Test
	void aSubmissionReceiptNamesTheCallTheRoundTheGrantAndLinksToTheApplication() {
		String coordinator = this.accounts.user(Role.COORDINATOR, "NL");
		ApplicationSubmitted submitted = submitted(organisationOf(coordinator), new BigDecimal("12345.5"));

		this.transaction.executeWithoutResult((status) -> this.receipts.on(submitted));

		assertThat(queued(coordinator)).singleElement().satisfies((mail) -> {
			assertThat(mail.kind()).isEqualTo("SUBMISSION_RECEIVED");
			assertThat(mail.subject()).isEqualTo("Application " + REFERENCE + " received");
			assertThat(mail.body()).contains("National Agency ES01 has received")
				.contains("call 2027, round 1")
				.contains("Reference number: " + REFERENCE)
				.contains("Requested grant: 12,345.50 EUR")
				.contains("http://localhost:8080/coordinator/applications/99");
		});
	}

	@Test
	void aSpanishReceiptWritesTheGrantTheSpanishWay() {
		String coordinator = this.accounts.user(Role.COORDINATOR, "ES");
		ApplicationSubmitted submitted = submitted(organisationOf(coordinator), new BigDecimal("12345.5"));

		this.transaction.executeWithoutResult((status) -> this.receipts.on(submitted));

		assertThat(queued(coordinator)).singleElement()
			.satisfies((mail) -> assertThat(mail.body()).contains("Subvención solicitada: 12.345,50 EUR")
				.contains("convocatoria 2027, ronda 1"));
	}

	@Test
	void theReceiptIsPartOfTheSubmissionsTransaction() {
		String coordinator = this.accounts.user(Role.COORDINATOR, "ES");
		ApplicationSubmitted submitted = submitted(organisationOf(coordinator), BigDecimal.TEN);

		this.transaction.executeWithoutResult((status) -> {
			this.receipts.on(submitted);
			status.setRollbackOnly();
		});

		assertThat(queued(coordinator)).isEmpty();
	}

	@Test
	void aCoordinatorWithoutAUsableAddressGetsNoMailAndTheDecisionGoesOn() {
		String withoutEmail = this.accounts.user(Role.COORDINATOR, "ES");
		long organisation = organisationOf(withoutEmail);
		String badEmail = this.accounts.coordinatorOf(organisation);
		String fine = this.accounts.coordinatorOf(organisation);
		this.jdbc.sql("update app_user set email = null where username = ?").param(withoutEmail).update();
		this.jdbc.sql("update app_user set email = 'not an address' where username = ?").param(badEmail).update();

		int queued = this.transaction
			.execute((status) -> this.notifications.notifyDecision(organisation, REFERENCE, DecisionOutcome.REJECTED));

		assertThat(queued).isOne();
		assertThat(queued(fine)).hasSize(1);
	}

	@Test
	void notificationsMustRunInsideTheCallersTransaction() {
		String coordinator = this.accounts.user(Role.COORDINATOR, "ES");
		long organisation = organisationOf(coordinator);

		assertThatThrownBy(() -> this.notifications.notifyDecision(organisation, REFERENCE, DecisionOutcome.FUNDED))
			.isInstanceOf(IllegalTransactionStateException.class);
		assertThatThrownBy(() -> this.notifications.notifyAssessorAssigned(userId(coordinator), REFERENCE, "/x"))
			.isInstanceOf(IllegalTransactionStateException.class);
		assertThat(queued(coordinator)).isEmpty();
	}

	private static ApplicationSubmitted submitted(long organisationId, BigDecimal total) {
		return new ApplicationSubmitted(99, REFERENCE, organisationId, "ES01", 2027, 1, total,
				Instant.parse("2027-02-01T10:00:00Z"));
	}

	private List<Queued> queued(String username) {
		return this.jdbc.sql("""
				select kind, application_reference, locale, subject, body from mail_outbox
				where recipient = ? order by id""")
			.param(username + "@example.org")
			.query((rs, n) -> new Queued(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	private long organisationOf(String username) {
		return this.jdbc.sql("select organisation_id from app_user where username = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

	private long userId(String username) {
		return this.jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
	}

}
