package eu.ka122.planner.estimate.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What an error answer of the API looks like (RFC 9457,
 * {@code application/problem+json}), for the OpenAPI description only: the answers
 * themselves are Spring's {@link org.springframework.http.ProblemDetail}.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem (application/problem+json).")
record ApiProblem(@Schema(example = "about:blank") String type,
		@Schema(example = "Invalid estimate request") String title, @Schema(example = "400") int status,
		@Schema(example = "2 fields are invalid; see errors.") String detail,
		@Schema(example = "/api/v1/estimates") String instance,
		@ArraySchema(arraySchema = @Schema(description = "Every invalid field (400 only).",
				requiredMode = Schema.RequiredMode.NOT_REQUIRED)) List<FieldProblem> errors) {

}
