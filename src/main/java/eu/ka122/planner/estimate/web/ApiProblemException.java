package eu.ka122.planner.estimate.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A request the API answers with a problem: its status, the message keys of its title and
 * detail ({@code api.problem.<kind>.title} and {@code .detail}) and, for invalid input,
 * every invalid field.
 */
final class ApiProblemException extends RuntimeException {

	private final HttpStatus status;

	private final String kind;

	private final transient Object[] args;

	private final transient List<FieldProblem> errors;

	private final Map<String, String> headers = new LinkedHashMap<>();

	ApiProblemException(HttpStatus status, String kind, Object... args) {
		this(status, kind, List.of(), args);
	}

	private ApiProblemException(HttpStatus status, String kind, List<FieldProblem> errors, Object... args) {
		super(kind, null, false, false);
		this.status = status;
		this.kind = kind;
		this.args = args.clone();
		this.errors = List.copyOf(errors);
	}

	static ApiProblemException invalid(List<FieldProblem> errors) {
		return new ApiProblemException(HttpStatus.BAD_REQUEST, "invalid", errors, errors.size());
	}

	/** A response header the problem needs, such as {@code Allow} on a {@code 405}. */
	ApiProblemException withHeader(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	Map<String, String> headers() {
		return Map.copyOf(this.headers);
	}

	HttpStatus status() {
		return this.status;
	}

	String kind() {
		return this.kind;
	}

	Object[] args() {
		return this.args.clone();
	}

	List<FieldProblem> errors() {
		return this.errors;
	}

}
