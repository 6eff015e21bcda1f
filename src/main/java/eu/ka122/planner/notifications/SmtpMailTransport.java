package eu.ka122.planner.notifications;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends through the {@link JavaMailSender} Spring Boot configures from
 * {@code spring.mail.*}: plain text, UTF-8. A connection or server failure propagates
 * (the dispatcher retries later); a recipient address the mail library refuses is
 * permanent.
 */
final class SmtpMailTransport implements MailTransport {

	private final JavaMailSender sender;

	private final InternetAddress from;

	SmtpMailTransport(JavaMailSender sender, String from) {
		this.sender = sender;
		try {
			// A bad sender would fail every mail: refuse it at start-up instead.
			this.from = new InternetAddress(from, true);
		}
		catch (AddressException ex) {
			throw new IllegalStateException("ka122.mail.from is not a valid address: " + from, ex);
		}
	}

	@Override
	public void send(MailMessage message) {
		MimeMessage mime = this.sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
			helper.setFrom(this.from);
			helper.setTo(new InternetAddress(message.recipient(), true));
			helper.setSubject(message.subject());
			helper.setText(message.body(), false);
		}
		catch (MessagingException | MailParseException | MailPreparationException ex) {
			throw new PermanentFailure("cannot write the mail: " + ex.getMessage(), ex);
		}
		this.sender.send(mime);
	}

}
