package eu.ka122.planner.notifications;

import eu.ka122.planner.accounts.PasswordLinkIssued;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues the mail with a one-time password link while the invitation's or reset's
 * transaction is still open, like {@link SubmissionReceipts}: if the administrator's
 * change rolls back, no link is sent.
 */
@Component
class PasswordLinkMails {

	private final Notifications notifications;

	PasswordLinkMails(Notifications notifications) {
		this.notifications = notifications;
	}

	@EventListener
	void on(PasswordLinkIssued issued) {
		this.notifications.notifyPasswordLink(issued);
	}

}
