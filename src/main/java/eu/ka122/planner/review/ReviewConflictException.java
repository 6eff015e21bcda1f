package eu.ka122.planner.review;

/**
 * Someone else changed the record since the form was opened (another officer decided, the
 * assessor saved in another tab): the change is refused, never silently overwritten.
 */
public class ReviewConflictException extends RuntimeException {

	public ReviewConflictException() {
		super("changed concurrently");
	}

}
