package eu.ka122.planner.estimate.web;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One invalid field of a request.
 *
 * @param field where it is, as a path from the request's root
 * ({@code activities[0].durationDays}); {@code $} for the body as a whole
 */
@Schema(name = "FieldError", description = "One invalid field of the request.")
record FieldProblem(
		@Schema(description = "Path of the field from the request's root; `$` is the body as a whole.",
				example = "activities[0].durationDays") String field,
		@Schema(description = "What is wrong, in English.", example = "Must be at most 400.") String message) {

}
