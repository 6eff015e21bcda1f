package eu.ka122.planner.estimate.web;

import java.io.IOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import eu.ka122.planner.estimate.NoPublishedRateTableException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every failure of the estimate API as an RFC 9457 problem, never a stack trace. Input
 * errors are {@code 400} with {@code errors} naming each invalid field; a fault of the
 * server is a {@code 500} whose body says nothing about it (the log does).
 */
@RestControllerAdvice(assignableTypes = EstimateApiController.class)
class EstimateApiExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(EstimateApiExceptionHandler.class);

	private final ApiMessages messages;

	EstimateApiExceptionHandler(MessageSource messageSource) {
		this.messages = new ApiMessages(messageSource);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> problem(ApiProblemException ex) {
		ResponseEntity.BodyBuilder response = ResponseEntity.status(ex.status());
		ex.headers().forEach((name, value) -> response.header(name, value));
		return response.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(ex.status(), ex.kind(), ex.errors(), ex.args()));
	}

	/** The rate table was withdrawn between the reader's check and the calculation. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> noRateTable(NoPublishedRateTableException ex) {
		return problem(ApiProblemException.invalid(List
			.of(new FieldProblem("callYear", this.messages.get("api.field.callYear.noRateTable", ex.callYear())))));
	}

	/** The client went away or sent a broken stream while the body was read. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unreadable(IOException ex) {
		logger.debug("Cannot read an estimate request", ex);
		return problem(
				ApiProblemException.invalid(List.of(new FieldProblem("$", this.messages.get("api.field.unreadable")))));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		logger.error("Estimate request failed", ex);
		return problem(new ApiProblemException(HttpStatus.INTERNAL_SERVER_ERROR, "internal"));
	}

	private ProblemDetail problem(HttpStatus status, String kind, List<FieldProblem> errors, Object[] args) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.get("api.problem." + kind + ".detail", args));
		problem.setTitle(this.messages.get("api.problem." + kind + ".title"));
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return problem;
	}

}
