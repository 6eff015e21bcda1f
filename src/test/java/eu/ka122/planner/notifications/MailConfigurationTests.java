package eu.ka122.planner.notifications;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/** Which transport the configuration picks, and that the dispatcher is scheduled. */
class MailConfigurationTests {

	final JdbcClient jdbc = mock(JdbcClient.class);

	final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
		.withUserConfiguration(MailConfiguration.class)
		.withBean(JdbcClient.class, () -> this.jdbc)
		.withBean(Clock.class, Clock::systemUTC)
		.withPropertyValues("ka122.mail.dispatch-enabled=false");

	@Test
	void sendsBySmtpWhenAMailHostIsSet() {
		this.runner.withPropertyValues("spring.mail.host=smtp.example.org", "spring.mail.port=2525")
			.run((context) -> assertThat(context.getBeanProvider(MailTransport.class).getIfAvailable())
				.isInstanceOf(SmtpMailTransport.class));
	}

	@Test
	void logsAndCapturesWithoutAMailHost() {
		this.runner.run((context) -> assertThat(context.getBeanProvider(MailTransport.class).getIfAvailable())
			.isInstanceOf(LoggingMailTransport.class));
	}

	@Test
	void anEmptyMailHostIsNoMailHost() {
		this.runner.withPropertyValues("spring.mail.host=")
			.run((context) -> assertThat(context.getBeanProvider(MailTransport.class).getIfAvailable())
				.isInstanceOf(LoggingMailTransport.class));
	}

	@Test
	void keepsMailsPendingWithoutAMailHostWhenLoggingIsNotEnough() {
		this.runner.withPropertyValues("ka122.mail.log-without-smtp=false").run((context) -> {
			assertThat(context.getBeanProvider(MailTransport.class).getIfAvailable()).isNull();
			assertThat(context.getBean(MailDispatcher.class).dispatchDue()).isZero();
			verifyNoInteractions(this.jdbc);
		});
	}

	@Test
	void refusesToStartWithASenderThatIsNoAddress() {
		this.runner.withPropertyValues("spring.mail.host=smtp.example.org", "ka122.mail.from=KA122 <nobody")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("ka122.mail.from is not a valid address"));
	}

	@Test
	void theDispatcherRunsEveryIntervalWhenEnabled() {
		this.runner.withPropertyValues("ka122.mail.dispatch-enabled=true", "ka122.mail.dispatch-interval=50ms")
			.run((context) -> verify(this.jdbc, timeout(5000).atLeast(2)).sql(anyString()));
	}

}
