package eu.ka122.planner.notifications;

import eu.ka122.planner.drafting.ApplicationSubmitted;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues the submission receipt while the submission's transaction is still open: a plain
 * synchronous listener, not an after-commit one, so the outbox row commits or rolls back
 * with the submission itself.
 */
@Component
class SubmissionReceipts {

	private final Notifications notifications;

	SubmissionReceipts(Notifications notifications) {
		this.notifications = notifications;
	}

	@EventListener
	void on(ApplicationSubmitted submitted) {
		this.notifications.notifySubmissionReceived(submitted);
	}

}
