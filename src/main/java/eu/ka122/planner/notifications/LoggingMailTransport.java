package eu.ka122.planner.notifications;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Local runs without an SMTP server: logs each mail (recipient and subject; the body at
 * debug level) and keeps it in {@link CapturedMail}.
 */
final class LoggingMailTransport implements MailTransport {

	private static final Logger log = LoggerFactory.getLogger(LoggingMailTransport.class);

	private final CapturedMail captured;

	private final Clock clock;

	LoggingMailTransport(CapturedMail captured, Clock clock) {
		this.captured = captured;
		this.clock = clock;
	}

	@Override
	public void send(MailMessage message) {
		log.info("Mail (not sent, no SMTP server configured) to {}: {}", message.recipient(), message.subject());
		log.debug("Mail body:\n{}", message.body());
		this.captured.add(new CapturedMail.Mail(message.id(), message.recipient(), message.subject(), message.body(),
				this.clock.instant()));
	}

}
