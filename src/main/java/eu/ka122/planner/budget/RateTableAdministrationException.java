package eu.ka122.planner.budget;

import java.util.List;

/**
 * An administrator's request on rate tables that cannot be carried out; the message key
 * says why.
 */
public class RateTableAdministrationException extends RuntimeException {

	private final String messageKey;

	private final List<Object> args;

	public RateTableAdministrationException(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = List.of(args);
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] args() {
		return this.args.toArray();
	}

}
