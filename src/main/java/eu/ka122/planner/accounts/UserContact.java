package eu.ka122.planner.accounts;

/**
 * How to reach a user: the e-mail address (may be null: the column is optional) and the
 * country of the user's organisation or agency, which picks the language of what is sent.
 */
public record UserContact(long userId, String displayName, String email, Role role, String country) {

	public boolean hasEmail() {
		return this.email != null && !this.email.isBlank();
	}

}
