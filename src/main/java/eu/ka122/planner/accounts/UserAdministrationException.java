package eu.ka122.planner.accounts;

import java.util.List;

/** A change to a user that is refused; the message key says why, the field where. */
public class UserAdministrationException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final List<Object> args;

	public UserAdministrationException(String field, String messageKey, Object... args) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.args = List.of(args);
	}

	/** The form field the problem belongs to, or null for the whole request. */
	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] args() {
		return this.args.toArray();
	}

}
