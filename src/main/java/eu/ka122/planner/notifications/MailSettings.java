package eu.ka122.planner.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ka122.mail.*}: links, sender, and how the outbox is dispatched and retried.
 *
 * @param baseUrl what links in mails start with (the app's public address)
 * @param from the sender, e.g. {@code KA122 Planner <no-reply@example.org>}
 * @param logWithoutSmtp without {@code spring.mail.host}: log and capture mails (true,
 * local runs) or keep them pending until an SMTP server is configured (false, production)
 * @param dispatchInterval pause between two dispatcher runs
 * @param batchSize rows one dispatcher claims at a time
 * @param maxAttempts delivery attempts before a mail is marked FAILED
 * @param retryDelay wait after the first failure; doubles after each further one
 * @param maxRetryDelay the longest wait between two attempts
 * @param claimTimeout how long a claimed row stays with its dispatcher; if that one dies
 * while sending, another sends the row after this time
 * @param captureSize how many mails the logging transport keeps in memory
 */
@ConfigurationProperties("ka122.mail")
record MailSettings(@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("KA122 Planner <no-reply@localhost>") String from, @DefaultValue("true") boolean logWithoutSmtp,
		@DefaultValue("PT10S") Duration dispatchInterval, @DefaultValue("20") int batchSize,
		@DefaultValue("12") int maxAttempts, @DefaultValue("PT1M") Duration retryDelay,
		@DefaultValue("PT1H") Duration maxRetryDelay, @DefaultValue("PT5M") Duration claimTimeout,
		@DefaultValue("50") int captureSize) {

	MailSettings {
		if (batchSize < 1 || maxAttempts < 1 || captureSize < 0) {
			throw new IllegalArgumentException(
					"ka122.mail.batch-size and max-attempts must be at least 1, capture-size at least 0");
		}
		baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** Wait before the next attempt after {@code failures} failed ones (1, 2, …). */
	Duration backoff(int failures) {
		Duration delay = this.retryDelay;
		for (int i = 1; i < failures && delay.compareTo(this.maxRetryDelay) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return (delay.compareTo(this.maxRetryDelay) > 0) ? this.maxRetryDelay : delay;
	}

	String link(String path) {
		return this.baseUrl + (path.startsWith("/") ? path : "/" + path);
	}

}
