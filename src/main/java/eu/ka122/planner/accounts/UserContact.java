package eu.ka122.planner.accounts;

/**
 * How to reach a user: the e-mail address (may be null: the column is optional), the
 * country of the user's organisation or agency and the language they chose (or their
 * agency's default language; null when neither is set), which pick the language of what
 * is sent.
 */
public record UserContact(long userId, String displayName, String email, Role role, String country, String language) {

	public boolean hasEmail() {
		return this.email != null && !this.email.isBlank();
	}

}
