package eu.ka122.planner.accounts;

import java.time.Instant;

/**
 * A one-time link to set a password was made for a user (invitation or reset). The
 * administrator sees the link on screen; a mail module can listen to this event to send
 * it to {@code email} (null when the user has none).
 */
public record PasswordLinkIssued(long userId, String username, String displayName, String email, Purpose purpose,
		String link, Instant expiresAt) {

	/** Why the link was made. */
	public enum Purpose {

		INVITE, RESET

	}

}
