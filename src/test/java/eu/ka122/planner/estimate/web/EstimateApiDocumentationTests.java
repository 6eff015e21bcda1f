package eu.ka122.planner.estimate.web;

import eu.ka122.planner.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The estimate API as the OpenAPI description and Swagger UI show it to integrators. */
@IntegrationTest
class EstimateApiDocumentationTests {

	private final MockMvcTester mvc;

	private final String baseUrl;

	EstimateApiDocumentationTests(@Autowired MockMvcTester mvc, @Value("${ka122.mail.base-url}") String baseUrl) {
		this.mvc = mvc;
		this.baseUrl = baseUrl;
	}

	@Test
	void describesThePostWithItsRequestResponsesAndProblems() {
		MvcTestResult result = this.mvc.get().uri("/v3/api-docs").exchange();

		assertThat(result).hasStatusOk();
		JsonNode api = ApiClient.json(result);
		JsonNode estimates = api.get("paths").get(ApiClient.PATH);
		assertThat(estimates.propertyNames()).as("only POST is documented").containsExactly("post");
		JsonNode post = estimates.get("post");
		assertThat(
				post.get("requestBody").get("content").get("application/json").get("schema").get("$ref").stringValue())
			.isEqualTo("#/components/schemas/EstimateRequest");
		assertThat(post.get("responses").propertyNames()).contains("200", "400", "413", "415", "429");
		assertThat(post.get("responses")
			.get("200")
			.get("content")
			.get("application/json")
			.get("schema")
			.get("$ref")
			.stringValue()).isEqualTo("#/components/schemas/EstimateResponse");
		assertThat(post.get("responses")
			.get("400")
			.get("content")
			.get("application/problem+json")
			.get("schema")
			.get("$ref")
			.stringValue()).isEqualTo("#/components/schemas/Problem");
		assertThat(post.get("responses").get("429").get("headers").propertyNames()).contains("Retry-After");
	}

	@Test
	void namesTheSchemasAndTheContractsFields() {
		JsonNode schemas = ApiClient.json(this.mvc.get().uri("/v3/api-docs").exchange())
			.get("components")
			.get("schemas");

		assertThat(schemas.propertyNames()).contains("EstimateRequest", "EstimateRequestActivity", "EstimateResponse",
				"EstimateActivity", "EstimateLine", "DailyRates", "CourseShare", "EstimateFinding", "Problem",
				"FieldError");
		assertThat(schemas.get("EstimateRequest").get("required").valueStream().map(JsonNode::stringValue))
			.containsExactlyInAnyOrder("callYear", "applicantCountry", "activities");
		assertThat(schemas.get("EstimateRequestActivity").get("required").valueStream().map(JsonNode::stringValue))
			.containsExactlyInAnyOrder("type", "destinationCountry", "participants", "durationDays");
		assertThat(schemas.get("EstimateRequestActivity").get("properties").propertyNames()).contains("type",
				"destinationCountry", "destinationCity", "originCity", "originCountry", "hostingOrganisation",
				"participants", "participantsWithFewerOpportunities", "accompanyingPersons", "durationDays",
				"travelDays", "distanceKm", "greenTravel", "linguisticSupportParticipants", "courseTitle",
				"preparesActivityType", "shortDurationJustification", "expensiveTravelCosts", "visaAndMedicalCosts",
				"inclusionSupportCosts");
		assertThat(schemas.get("EstimateResponse").get("properties").propertyNames()).containsExactlyInAnyOrder(
				"callYear", "applicantCountry", "nationalAgency", "rateTableVersion", "activities", "totals", "total",
				"courseShare", "findings", "submittable");
	}

	@Test
	void namesTheConfiguredServerWhateverHostTheRequestNames() {
		MvcTestResult result = this.mvc.get()
			.uri("/v3/api-docs")
			.header("Host", "evil.example")
			.header("X-Forwarded-Host", "evil.example")
			.exchange();

		assertThat(result).hasStatusOk();
		JsonNode servers = ApiClient.json(result).get("servers");
		// Swagger UI's "Try it out" sends requests to this address
		assertThat(servers.valueStream().map((server) -> server.get("url").stringValue()))
			.containsExactly(this.baseUrl);
	}

	@Test
	void servesSwaggerUiFromThisOrigin() {
		MvcTestResult page = this.mvc.get().uri("/swagger-ui/index.html").exchange();
		assertThat(page).hasStatusOk();
		assertThat(ApiClient.body(page)).contains("swagger-initializer.js").doesNotContain("<script>");

		MvcTestResult initializer = this.mvc.get().uri("/swagger-ui/swagger-initializer.js").exchange();
		assertThat(initializer).hasStatusOk();
		assertThat(ApiClient.body(initializer)).contains("/v3/api-docs");
	}

}
