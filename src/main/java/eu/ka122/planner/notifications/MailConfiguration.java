package eu.ka122.planner.notifications;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.util.StringUtils;

/**
 * Picks the transport (SMTP when {@code spring.mail.host} is set, which is also when
 * Spring Boot configures a {@link JavaMailSender}; otherwise logging and capturing, or
 * none at all when {@code ka122.mail.log-without-smtp=false}) and schedules the
 * dispatcher.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
@EnableScheduling
class MailConfiguration {

	private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

	@Bean
	CapturedMail capturedMail(MailSettings settings) {
		return new CapturedMail(settings.captureSize());
	}

	/**
	 * The transport, or none (a null bean) when mails must wait for an SMTP server.
	 */
	@Bean
	MailTransport mailTransport(ObjectProvider<JavaMailSender> senders, CapturedMail captured, Clock clock,
			MailSettings settings, Environment environment) {
		JavaMailSender sender = senders.getIfAvailable();
		String host = environment.getProperty("spring.mail.host");
		if (sender != null && StringUtils.hasText(host)) {
			log.info("Mail goes out through SMTP server {}", host);
			if (settings.baseUrl().contains("//localhost")) {
				log.warn("Links in mails point to {}: set ka122.mail.base-url (KA122_MAIL_BASE_URL)",
						settings.baseUrl());
			}
			return new SmtpMailTransport(sender, settings.from());
		}
		if (settings.logWithoutSmtp()) {
			log.info("No SMTP server configured (spring.mail.host): mails are logged, not sent");
			return new LoggingMailTransport(captured, clock);
		}
		log.warn("No SMTP server configured (spring.mail.host): mails stay in the outbox until one is");
		return null;
	}

	@Bean
	MailDispatcher mailDispatcher(JdbcClient jdbc, ObjectProvider<MailTransport> transport, Clock clock,
			MailSettings settings) {
		return new MailDispatcher(jdbc, transport.getIfAvailable(), clock, settings);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "ka122.mail.dispatch-enabled", matchIfMissing = true)
	static class DispatchSchedule implements SchedulingConfigurer {

		private final MailDispatcher dispatcher;

		private final MailSettings settings;

		DispatchSchedule(MailDispatcher dispatcher, MailSettings settings) {
			this.dispatcher = dispatcher;
			this.settings = settings;
		}

		@Override
		public void configureTasks(ScheduledTaskRegistrar registrar) {
			registrar.addFixedDelayTask(this::dispatch, this.settings.dispatchInterval());
		}

		private void dispatch() {
			try {
				this.dispatcher.dispatchDue();
			}
			catch (RuntimeException ex) {
				// The database may be away; the next run tries again.
				log.warn("Mail dispatch failed: {}", MailDispatcher.describe(ex));
			}
		}

	}

}
