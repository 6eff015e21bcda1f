/**
 * Notifications: e-mails to coordinators (submission receipt, decision) and assessors
 * (assignment), written through a transactional outbox. A mail is a {@code mail_outbox}
 * row written in the transaction of the change that causes it, so a rolled-back change
 * sends nothing; a dispatcher sends committed rows and keeps retrying while the mail
 * server is down. {@link eu.ka122.planner.notifications.Notifications} is the API other
 * modules call inside their transactions; submission receipts follow
 * {@link eu.ka122.planner.drafting.ApplicationSubmitted}, one-time password links
 * {@link eu.ka122.planner.accounts.PasswordLinkIssued}. SMTP when
 * {@code spring.mail.host} is set, otherwise mails are logged and kept in
 * {@link eu.ka122.planner.notifications.CapturedMail}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "shared", "accounts", "drafting" })
package eu.ka122.planner.notifications;
