package eu.ka122.planner.drafting;

/** A request the application's state refuses; the message key says why, for the page. */
public class DraftingException extends RuntimeException {

	private final String messageKey;

	private final Object[] args;

	public DraftingException(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] args() {
		return this.args;
	}

}
