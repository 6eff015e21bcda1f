package eu.ka122.planner.notifications;

import java.time.ZoneId;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import eu.ka122.planner.accounts.Accounts;
import eu.ka122.planner.accounts.PasswordLinkIssued;
import eu.ka122.planner.accounts.UserContact;
import eu.ka122.planner.drafting.ApplicationSubmitted;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mails the app sends, written from {@code i18n/notifications*.properties} in each
 * recipient's language and queued in the {@link MailOutbox}. Every method must run inside
 * the transaction of the change it reports: the mail goes out only if that commits.
 *
 * <p>
 * The text is rendered when the row is written, not when it is sent: the row then holds
 * exactly what the recipient reads (an officer can answer "what did we send?" from the
 * table), the facts are those of the moment of the change, and a bad message pattern
 * fails the change in tests instead of failing silently in a background thread.
 */
@Service
public class Notifications {

	static final String COORDINATOR_APPLICATION_PATH = "/coordinator/applications/";

	static final String COORDINATOR_DASHBOARD_PATH = "/coordinator";

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	private final Accounts accounts;

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final RecipientLocales locales;

	private final MailSettings settings;

	Notifications(Accounts accounts, MailOutbox outbox, MessageSource messages, RecipientLocales locales,
			MailSettings settings) {
		this.accounts = accounts;
		this.outbox = outbox;
		this.messages = messages;
		this.locales = locales;
		this.settings = settings;
	}

	/**
	 * Tells an assessor that an application was assigned to them.
	 * @param assessorUserId the assessor's user id
	 * @param applicationReference the application's reference number
	 * @param assessmentPath the app-relative path of the assessor's page for it (the
	 * review module owns that route), e.g. {@code /assessor/assessments/42}
	 * @return how many mails were queued (0 if the user has no usable address)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int notifyAssessorAssigned(long assessorUserId, String applicationReference, String assessmentPath) {
		UserContact assessor = this.accounts.contact(assessorUserId)
			.orElseThrow(() -> new IllegalArgumentException("no user " + assessorUserId));
		return queue(List.of(assessor), MailKind.ASSESSOR_ASSIGNED, applicationReference,
				"notifications.assessorAssigned",
				(name) -> new Object[] { name, applicationReference, this.settings.link(assessmentPath) },
				new Object[] { applicationReference });
	}

	/**
	 * Tells the coordinators of an organisation the decision on its application, with a
	 * link to their dashboard.
	 * @return how many mails were queued
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int notifyDecision(long organisationId, String applicationReference, DecisionOutcome outcome) {
		List<UserContact> coordinators = this.accounts.coordinatorsOf(organisationId);
		String link = this.settings.link(COORDINATOR_DASHBOARD_PATH);
		return queue(coordinators, MailKind.DECISION_MADE, applicationReference,
				"notifications.decision." + outcome.name(), (name) -> new Object[] { name, applicationReference, link },
				new Object[] { applicationReference });
	}

	/**
	 * The receipt every coordinator of the organisation gets when its application is
	 * submitted.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	int notifySubmissionReceived(ApplicationSubmitted submitted) {
		List<UserContact> coordinators = this.accounts.coordinatorsOf(submitted.organisationId());
		String link = this.settings.link(COORDINATOR_APPLICATION_PATH + submitted.applicationId());
		return queue(coordinators, MailKind.SUBMISSION_RECEIVED, submitted.reference(),
				"notifications.submissionReceived",
				(name) -> new Object[] { name, submitted.reference(), String.valueOf(submitted.callYear()),
						String.valueOf(submitted.round()), submitted.requestedTotal(), submitted.agencyCode(), link },
				new Object[] { submitted.reference() });
	}

	/**
	 * Sends a user the one-time link an administrator made for them (invitation or
	 * password reset), with its expiry in Brussels time.
	 * @return how many mails were queued (0 if the user has no usable address)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	int notifyPasswordLink(PasswordLinkIssued issued) {
		UserContact user = this.accounts.contact(issued.userId())
			.orElseThrow(() -> new IllegalArgumentException("no user " + issued.userId()));
		// UserAdministration makes absolute links from the configured public address; an
		// app-relative one gets the address mails use.
		String link = issued.link().contains("://") ? issued.link() : this.settings.link(issued.link());
		// the wall-clock time in Brussels, written by each recipient's language
		LocalDateTime expires = issued.expiresAt().atZone(BRUSSELS).toLocalDateTime();
		return queue(List.of(user), MailKind.PASSWORD_LINK, null,
				"notifications.passwordLink." + issued.purpose().name(),
				(name) -> new Object[] { name, link, expires, issued.username() }, new Object[0]);
	}

	private int queue(List<UserContact> recipients, MailKind kind, String reference, String key,
			java.util.function.Function<String, Object[]> bodyArguments, Object[] subjectArguments) {
		int queued = 0;
		for (UserContact recipient : recipients) {
			if (!deliverable(recipient)) {
				// The business change goes on: a missing address is the user's record's
				// problem, not a reason to refuse a submission or a decision.
				log.warn("No {} mail{} to user {}: no valid e-mail address", kind,
						(reference != null) ? " for " + reference : "", recipient.userId());
				continue;
			}
			Locale locale = this.locales.forRecipient(recipient);
			String subject = this.messages.getMessage(key + ".subject", subjectArguments, locale);
			String body = this.messages.getMessage(key + ".body", bodyArguments.apply(recipient.displayName()), locale)
					+ "\n\n" + this.messages.getMessage("notifications.footer", null, locale);
			this.outbox.enqueue(new OutgoingMail(kind, reference, recipient.email(), locale, subject, body));
			queued++;
		}
		return queued;
	}

	static boolean deliverable(UserContact contact) {
		if (!contact.hasEmail()) {
			return false;
		}
		try {
			new InternetAddress(contact.email().strip(), true).validate();
			return true;
		}
		catch (AddressException ex) {
			return false;
		}
	}

}
