package eu.ka122.planner.notifications;

import java.util.List;

import org.springframework.context.ApplicationContext;

/**
 * What the app has sent to an address without an SMTP server ({@link CapturedMail}), for
 * tests outside this module. The dispatcher runs once first, so that mail the last
 * request queued is sent now rather than at the dispatcher's next scheduled run.
 */
public final class SentMail {

	private SentMail() {
	}

	public static List<CapturedMail.Mail> to(ApplicationContext context, String address) {
		context.getBean(MailDispatcher.class).dispatchDue();
		return context.getBean(CapturedMail.class).to(address);
	}

}
