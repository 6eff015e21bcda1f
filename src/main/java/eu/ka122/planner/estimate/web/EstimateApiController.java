package eu.ka122.planner.estimate.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import eu.ka122.planner.estimate.Estimate;
import eu.ka122.planner.estimate.EstimateTexts;
import eu.ka122.planner.estimate.Estimates;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public estimate API: the budget and the findings of a plan, computed and forgotten.
 * The body is read here, bounded, and checked by {@link EstimateRequestReader}; every
 * error answer is a problem ({@link EstimateApiExceptionHandler}).
 */
@RestController
@Tag(name = "Estimates", description = "Budget and eligibility of an application plan, without storing anything.")
class EstimateApiController {

	static final String PATH = "/api/v1/estimates";

	static final String EXAMPLE_REQUEST = """
			{
			  "callYear": 2026,
			  "round": 1,
			  "applicantCountry": "ES",
			  "financialGuaranteeCosts": 0,
			  "activities": [
			    {
			      "type": "JOB_SHADOWING",
			      "destinationCountry": "IT",
			      "destinationCity": "Rome",
			      "hostingOrganisation": "Istituto Comprensivo Roma 1",
			      "participants": 3,
			      "participantsWithFewerOpportunities": 1,
			      "accompanyingPersons": 0,
			      "durationDays": 10,
			      "travelDays": 2,
			      "distanceKm": 1365.28,
			      "greenTravel": false,
			      "linguisticSupportParticipants": 0,
			      "courseTitle": null,
			      "preparesActivityType": null,
			      "shortDurationJustification": null,
			      "expensiveTravelCosts": 0,
			      "visaAndMedicalCosts": 0,
			      "inclusionSupportCosts": 0
			    }
			  ]
			}
			""";

	private final EstimateRequestReader reader;

	private final Estimates estimates;

	private final EstimateTexts texts;

	EstimateApiController(EstimateRequestReader reader, Estimates estimates, EstimateTexts texts) {
		this.reader = reader;
		this.estimates = estimates;
		this.texts = texts;
	}

	@Operation(summary = "Estimate the grant of an application plan and check its eligibility", description = """
			Runs the budget calculation of the call year's newest published rate table and the eligibility \
			rules the plan alone allows (no organisation, dates or declaration) on the plan, and stores \
			nothing. Invalid input (types, enum values, country codes, sizes beyond the API's limits, a \
			call year without a rate table, unknown cities) is a 400 naming every invalid field; anything \
			else is a finding in a 200. Rate-limited per client address.""",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = EstimateRequest.class),
							examples = @ExampleObject(name = "job-shadowing",
									summary = "Three teachers from Spain " + "job-shadowing in Rome",
									value = EXAMPLE_REQUEST))))
	@ApiResponse(responseCode = "200", description = "The estimate.",
			headers = @Header(name = ApiRateLimitFilter.REMAINING_HEADER,
					description = "Requests left to this address in the current period.",
					schema = @Schema(type = "integer")),
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = EstimateResponse.class)))
	@ApiResponse(responseCode = "400", description = "Invalid input; `errors` names every invalid field.",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ApiProblem.class)))
	@ApiResponse(responseCode = "413", description = "The body exceeds 1 MiB.",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ApiProblem.class)))
	@ApiResponse(responseCode = "415", description = "The body is not JSON.",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ApiProblem.class)))
	@ApiResponse(responseCode = "429", description = "Too many requests from this address.",
			headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "Seconds to wait.",
					schema = @Schema(type = "integer")),
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ApiProblem.class)))
	@PostMapping(PATH)
	ResponseEntity<EstimateResponse> estimate(HttpServletRequest request) throws IOException {
		Charset charset = jsonCharset(request.getContentType());
		EstimateRequest estimateRequest = this.reader.read(body(request, charset));
		Estimate estimate = this.estimates.estimate(estimateRequest.toPlan());
		// JSON whatever the Accept header says: there is no other representation.
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(EstimateResponse.of(estimate, this.texts));
	}

	/**
	 * Every other method gets a problem rather than the servlet container's error page.
	 */
	@Hidden
	@RequestMapping(PATH)
	ResponseEntity<Void> otherMethods() {
		throw new ApiProblemException(HttpStatus.METHOD_NOT_ALLOWED, "methodNotAllowed").withHeader(HttpHeaders.ALLOW,
				"POST");
	}

	/**
	 * {@code application/json} or any {@code application/*+json}; its charset if one is
	 * given, else the encoding JSON detects itself (UTF-8, or UTF-16/32).
	 */
	private static Charset jsonCharset(String contentType) {
		try {
			MediaType type = (contentType != null) ? MediaType.parseMediaType(contentType) : null;
			if (type != null && "application".equals(type.getType())
					&& ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"))) {
				return type.getCharset();
			}
		}
		catch (IllegalArgumentException ex) {
			// A malformed header or an unknown charset (InvalidMediaTypeException is
			// one): not JSON the API can read.
		}
		throw new ApiProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupportedMediaType")
			.withHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
	}

	/**
	 * At most {@link EstimateLimits#MAX_BODY_BYTES}, whatever the client says its length
	 * is.
	 */
	private static byte[] body(HttpServletRequest request, Charset charset) throws IOException {
		if (request.getContentLengthLong() > EstimateLimits.MAX_BODY_BYTES) {
			throw tooLarge();
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes(EstimateLimits.MAX_BODY_BYTES + 1);
		}
		if (body.length > EstimateLimits.MAX_BODY_BYTES) {
			throw tooLarge();
		}
		if (charset != null && !StandardCharsets.UTF_8.equals(charset)) {
			return new String(body, charset).getBytes(StandardCharsets.UTF_8);
		}
		return body;
	}

	private static ApiProblemException tooLarge() {
		return new ApiProblemException(HttpStatus.CONTENT_TOO_LARGE, "tooLarge", EstimateLimits.MAX_BODY_BYTES);
	}

}
