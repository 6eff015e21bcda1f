package eu.ka122.planner.review;

import eu.ka122.planner.notifications.Notifications;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails of the review, written to the outbox inside the transaction that assigned or
 * decided: the assessor learns of an assignment, the coordinators of a decision. A
 * rolled-back change leaves no mail behind.
 */
@Component
class ReviewMail {

	private final Notifications notifications;

	ReviewMail(Notifications notifications) {
		this.notifications = notifications;
	}

	@EventListener
	void assigned(AssessorAssigned event) {
		this.notifications.notifyAssessorAssigned(event.assessorUserId(), event.reference(),
				"/agency/assignments/" + event.assignmentId());
	}

	@EventListener
	void decided(ApplicationDecided event) {
		this.notifications.notifyDecision(event.organisationId(), event.reference(), switch (event.outcome()) {
			case APPROVED -> eu.ka122.planner.notifications.DecisionOutcome.FUNDED;
			case RESERVE -> eu.ka122.planner.notifications.DecisionOutcome.RESERVE;
			case REJECTED -> eu.ka122.planner.notifications.DecisionOutcome.REJECTED;
		});
	}

}
