package eu.ka122.planner.review;

/** A review action the state refuses, with the message key that explains why. */
public class ReviewException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] args;

	public ReviewException(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] args() {
		return this.args.clone();
	}

}
