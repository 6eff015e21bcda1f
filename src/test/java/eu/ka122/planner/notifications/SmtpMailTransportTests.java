package eu.ka122.planner.notifications;

import java.io.IOException;
import java.net.ServerSocket;

import eu.ka122.planner.notifications.MailTransport.MailMessage;
import eu.ka122.planner.notifications.MailTransport.PermanentFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmtpMailTransportTests {

	final FakeSmtpServer server = FakeSmtpServer.start();

	@AfterEach
	void stop() throws IOException {
		this.server.close();
	}

	@Test
	void sendsAPlainTextUtf8MailFromTheConfiguredSender() throws Exception {
		transport(this.server.port()).send(new MailMessage(1, "lucia@example.org",
				"Decisión sobre la solicitud 2027-1-ES01-KA122-SCH-000000001", "Estimado/a Lucía Martín:\n\nAdiós."));

		assertThat(this.server.received()).singleElement().satisfies((mail) -> {
			assertThat(mail.from()).isEqualTo("no-reply@ka122.example");
			assertThat(mail.recipients()).containsExactly("lucia@example.org");
			assertThat(mail.subject()).isEqualTo("Decisión sobre la solicitud 2027-1-ES01-KA122-SCH-000000001");
			assertThat(mail.body()).isEqualTo("Estimado/a Lucía Martín:\n\nAdiós.");
			assertThat(mail.message().getFrom()[0].toString()).contains("KA122 Planner");
			assertThat(mail.message().getContentType()).contains("text/plain").containsIgnoringCase("UTF-8");
		});
	}

	@Test
	void aMailServerThatIsDownIsAFailureWorthRetrying() throws IOException {
		int closedPort;
		try (ServerSocket free = new ServerSocket(0)) {
			closedPort = free.getLocalPort();
		}
		assertThatThrownBy(() -> transport(closedPort).send(new MailMessage(1, "a@example.org", "S", "B")))
			.isInstanceOf(MailSendException.class)
			.isNotInstanceOf(PermanentFailure.class);
	}

	@Test
	void aTemporaryRefusalOfTheServerIsAFailureWorthRetrying() {
		this.server.replyToRecipients("451 4.3.0 Try again later");
		assertThatThrownBy(() -> transport(this.server.port()).send(new MailMessage(1, "a@example.org", "S", "B")))
			.isInstanceOf(MailSendException.class);
		assertThat(this.server.received()).isEmpty();
	}

	@Test
	void anAddressTheMailLibraryRefusesIsAPermanentFailure() {
		assertThatThrownBy(
				() -> transport(this.server.port()).send(new MailMessage(1, "two words@example.org", "S", "B")))
			.isInstanceOf(PermanentFailure.class);
		assertThat(this.server.received()).isEmpty();
	}

	@Test
	void aBadSenderIsRefusedAtStartNotOnEveryMail() {
		assertThatThrownBy(() -> new SmtpMailTransport(new JavaMailSenderImpl(), "KA122 <no address"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("ka122.mail.from");
	}

	static SmtpMailTransport transport(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		sender.setPort(port);
		sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
		sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
		return new SmtpMailTransport(sender, "KA122 Planner <no-reply@ka122.example>");
	}

}
