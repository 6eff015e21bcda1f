package eu.ka122.planner.review;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The application, assignment or organisation does not exist for this user: another
 * agency's records are "not found", never "forbidden", so that ids reveal nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ReviewNotFoundException extends RuntimeException {

	public ReviewNotFoundException() {
		super("not found");
	}

}
