package eu.ka122.planner.drafting;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such application for this user. Another organisation's application is reported
 * exactly like a missing one, so ids reveal nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ApplicationNotFoundException extends RuntimeException {

	public ApplicationNotFoundException() {
		super("application not found");
	}

}
