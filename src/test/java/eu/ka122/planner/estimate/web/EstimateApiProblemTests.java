package eu.ka122.planner.estimate.web;

import java.util.ArrayList;
import java.util.List;

import eu.ka122.planner.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input the estimate API refuses: an RFC 9457 problem naming every invalid field, never a
 * server error.
 */
@IntegrationTest
class EstimateApiProblemTests {

	static final String ROW = "\"type\": \"JOB_SHADOWING\", \"destinationCountry\": \"IT\", \"participants\": 1, "
			+ "\"durationDays\": 5";

	private final MockMvcTester mvc;

	EstimateApiProblemTests(@Autowired MockMvcTester mvc) {
		this.mvc = mvc;
	}

	@Test
	void answersMalformedJsonWithTheBodyOrTheValueWhereItBroke() {
		assertInvalid("{\"callYear\": 2026,", "$");
		assertInvalid("{\"callYear\": 2026 \"round\": 1}", "callYear");
		assertInvalid("{\"callYear\": 2026, \"activities\": [{\"durationDays\": 1x}]}", "activities[0].durationDays");
		assertInvalid("{'callYear': 2026}", "$");
		assertInvalid("{\"callYear\": 2026} {}", "$");
		assertInvalid("{\"callYear\": 2026, \"callYear\": 2027}", "callYear");
		assertInvalid("{\"callYear\": NaN}", "callYear");
	}

	@Test
	void refusesJsonNestedTooDeeplyOrWithEndlessNumbers() {
		assertInvalid("[".repeat(100_000), "$");
		assertInvalid("{\"callYear\": " + "9".repeat(5000) + "}", "$");
	}

	@Test
	void saysWhereTheJsonBroke() {
		JsonNode problem = assertInvalid("{\n  \"callYear\": 20x26\n}", "callYear");

		assertThat(problem.get("errors").get(0).get("message").stringValue()).contains("line 2");
	}

	@Test
	void wantsAJsonObject() {
		assertInvalid("", "$");
		assertInvalid("null", "$");
		assertInvalid("[]", "$");
		assertInvalid("\"estimate\"", "$");
		assertInvalid("42", "$");
	}

	@Test
	void namesEveryMissingRequiredField() {
		assertInvalid("{}", "callYear", "applicantCountry", "activities");
		assertInvalid("{\"callYear\": null, \"applicantCountry\": null, \"activities\": null}", "callYear",
				"applicantCountry", "activities");
		assertInvalid("{\"callYear\": 2026, \"applicantCountry\": \"ES\", \"activities\": [{}]}", "activities[0].type",
				"activities[0].destinationCountry", "activities[0].participants", "activities[0].durationDays");
	}

	@Test
	void namesEveryValueOfTheWrongJsonType() {
		String request = """
				{"callYear": "2026", "round": "1", "applicantCountry": 34, "financialGuaranteeCosts": "0",
				 "activities": [{"type": 1, "destinationCountry": ["IT"], "destinationCity": 5,
				   "hostingOrganisation": {}, "participants": "3", "participantsWithFewerOpportunities": true,
				   "accompanyingPersons": [], "durationDays": 2.5, "travelDays": "2", "distanceKm": "1365.28",
				   "greenTravel": "no", "linguisticSupportParticipants": false, "courseTitle": 7,
				   "preparesActivityType": 3, "shortDurationJustification": false, "expensiveTravelCosts": {},
				   "visaAndMedicalCosts": true, "inclusionSupportCosts": "12", "originCity": 1,
				   "originCountry": 2}, 5]}""";

		assertInvalid(request, "callYear", "round", "applicantCountry", "financialGuaranteeCosts", "activities[0].type",
				"activities[0].destinationCountry", "activities[0].destinationCity",
				"activities[0].hostingOrganisation", "activities[0].participants",
				"activities[0].participantsWithFewerOpportunities", "activities[0].accompanyingPersons",
				"activities[0].durationDays", "activities[0].travelDays", "activities[0].distanceKm",
				"activities[0].greenTravel", "activities[0].linguisticSupportParticipants", "activities[0].courseTitle",
				"activities[0].preparesActivityType", "activities[0].shortDurationJustification",
				"activities[0].expensiveTravelCosts", "activities[0].visaAndMedicalCosts",
				"activities[0].inclusionSupportCosts", "activities[0].originCity", "activities[0].originCountry",
				"activities[1]");
		assertInvalid("{\"callYear\": 2026, \"applicantCountry\": \"ES\", \"activities\": {}}", "activities");
	}

	@Test
	void namesUnknownEnumValues() {
		JsonNode problem = assertInvalid(ApiClient.plan("ES",
				"\"type\": \"HOLIDAY\", \"destinationCountry\": \"IT\", \"participants\": 1, \"durationDays\": 5, "
						+ "\"preparesActivityType\": \"job_shadowing\""),
				"activities[0].type", "activities[0].preparesActivityType");

		assertThat(problem.get("errors").get(0).get("message").stringValue()).contains("JOB_SHADOWING",
				"PREPARATORY_VISIT");
	}

	@Test
	void namesCountryCodesThatAreNotIso() {
		assertInvalid(
				ApiClient.plan("ESP",
						"\"type\": \"JOB_SHADOWING\", \"destinationCountry\": \"XX\", "
								+ "\"participants\": 1, \"durationDays\": 5, \"originCountry\": \"\""),
				"applicantCountry", "activities[0].destinationCountry", "activities[0].originCountry");
		assertInvalid(ApiClient.plan("UK", ROW), "applicantCountry");
	}

	@ParameterizedTest
	@CsvSource({ "0", "3", "-1", "1.5", "true" })
	void acceptsOnlyRoundOneOrTwo(String round) {
		assertInvalid(
				"{\"callYear\": 2026, \"round\": " + round + ", \"applicantCountry\": \"ES\", \"activities\": []}",
				"round");
	}

	@Test
	void refusesEveryNegativeNumber() {
		String request = """
				{"callYear": -2026, "applicantCountry": "ES", "financialGuaranteeCosts": -1,
				 "activities": [{"type": "JOB_SHADOWING", "destinationCountry": "IT", "participants": -1,
				   "participantsWithFewerOpportunities": -1, "accompanyingPersons": -1, "durationDays": -5,
				   "travelDays": -1, "distanceKm": -0.01, "linguisticSupportParticipants": -1,
				   "expensiveTravelCosts": -1, "visaAndMedicalCosts": -0.5, "inclusionSupportCosts": -1e3}]}""";

		assertInvalid(request, "callYear", "financialGuaranteeCosts", "activities[0].participants",
				"activities[0].participantsWithFewerOpportunities", "activities[0].accompanyingPersons",
				"activities[0].durationDays", "activities[0].travelDays", "activities[0].distanceKm",
				"activities[0].linguisticSupportParticipants", "activities[0].expensiveTravelCosts",
				"activities[0].visaAndMedicalCosts", "activities[0].inclusionSupportCosts");
	}

	@Test
	void refusesAbsurdSizesAndAcceptsTheLimitsThemselves() {
		String tooBig = """
				"type": "JOB_SHADOWING", "destinationCountry": "IT", "participants": 10001,
				"participantsWithFewerOpportunities": 10001, "accompanyingPersons": 10001, "durationDays": 401,
				"travelDays": 401, "distanceKm": 20000.01, "linguisticSupportParticipants": 10001,
				"expensiveTravelCosts": 10000000.01, "visaAndMedicalCosts": 1e400, "inclusionSupportCosts": 10000001""";
		assertInvalid(ApiClient.plan("ES", tooBig), "activities[0].participants",
				"activities[0].participantsWithFewerOpportunities", "activities[0].accompanyingPersons",
				"activities[0].durationDays", "activities[0].travelDays", "activities[0].distanceKm",
				"activities[0].linguisticSupportParticipants", "activities[0].expensiveTravelCosts",
				"activities[0].visaAndMedicalCosts", "activities[0].inclusionSupportCosts");
		assertInvalid("{\"callYear\": 2026, \"applicantCountry\": \"ES\", \"financialGuaranteeCosts\": 10000000.5, "
				+ "\"activities\": []}", "financialGuaranteeCosts");

		String atTheLimits = """
				"type": "JOB_SHADOWING", "destinationCountry": "IT", "participants": 10000,
				"participantsWithFewerOpportunities": 10000, "accompanyingPersons": 10000, "durationDays": 400,
				"travelDays": 400, "distanceKm": 20000, "linguisticSupportParticipants": 10000,
				"expensiveTravelCosts": 10000000, "visaAndMedicalCosts": 10000000.00, "inclusionSupportCosts": 1e7""";
		assertThat(new ApiClient(this.mvc).post(ApiClient.plan("ES", atTheLimits))).hasStatusOk();
	}

	@Test
	void refusesMoreThanFiveHundredActivities() {
		assertInvalid(activities(501), "activities");
		assertThat(new ApiClient(this.mvc).post(activities(500))).hasStatusOk();
	}

	@Test
	void acceptsWholeNumbersWrittenWithDecimalsButNotFractions() {
		assertThat(new ApiClient(this.mvc).post(ApiClient.plan("ES",
				"\"type\": \"JOB_SHADOWING\", \"destinationCountry\": \"IT\", \"participants\": 1.0, "
						+ "\"durationDays\": 5e0")))
			.hasStatusOk();
		assertInvalid(
				ApiClient.plan("ES",
						"\"type\": \"JOB_SHADOWING\", \"destinationCountry\": \"IT\", "
								+ "\"participants\": 0.5, \"durationDays\": 1e-999999999"),
				"activities[0].participants", "activities[0].durationDays");
	}

	@Test
	void treatsVanishinglySmallAmountsAsZero() {
		MvcTestResult result = new ApiClient(this.mvc).post(ApiClient.plan("ES",
				ROW + ", \"distanceKm\": 1e-999999999, \"visaAndMedicalCosts\": 0.000000000000000000000000001"));

		assertThat(result).hasStatusOk();
		assertThat(ApiClient.json(result).get("activities").get(0).get("distanceKm").decimalValue()).isZero();
	}

	@Test
	void refusesACallYearWithoutAPublishedRateTable() {
		JsonNode problem = assertInvalid("{\"callYear\": 2030, \"applicantCountry\": \"ES\", \"activities\": []}",
				"callYear");
		assertThat(problem.get("errors").get(0).get("message").stringValue()).contains("2030");

		assertInvalid("{\"callYear\": 99999999999999999999, \"applicantCountry\": \"ES\", \"activities\": []}",
				"callYear");
	}

	@Test
	void namesCitiesTheGazetteerDoesNotKnowWhenTheDistanceIsLeftOut() {
		assertInvalid(ApiClient.plan("ES", ROW + ", \"originCity\": \"Atlantis\", \"destinationCity\": \"Rome\""),
				"activities[0].originCity");
		assertInvalid(ApiClient.plan("ES", ROW + ", \"originCity\": \"Madrid\", \"destinationCity\": \"Madrid\""),
				"activities[0].destinationCity");
		assertInvalid(ApiClient.plan("ES", ROW + ", \"originCity\": \"Madrid\""), "activities[0].destinationCity");
		assertInvalid(ApiClient.plan("ES", ROW + ", \"originCity\": \"Atlantis\", \"destinationCity\": \"Nowhere\""),
				"activities[0].originCity", "activities[0].destinationCity");

		assertThat(new ApiClient(this.mvc).post(ApiClient.plan("ES",
				ROW + ", \"originCity\": \"Atlantis\", \"destinationCity\": \"Nowhere\", \"distanceKm\": 800")))
			.as("a given distance needs no cities")
			.hasStatusOk();
		assertThat(new ApiClient(this.mvc).post(ApiClient.plan("ES", ROW + ", \"destinationCity\": \"Nowhere\"")))
			.as("a destination city alone is only a label")
			.hasStatusOk();
	}

	@Test
	void namesSeveralBadFieldsAtOnceAcrossRows() {
		String request = """
				{"callYear": 2030, "round": 3, "applicantCountry": "XX", "activities": [
				  {"type": "JOB_SHADOWING", "destinationCountry": "IT", "participants": 1, "durationDays": 5},
				  {"type": "TELEPORT", "destinationCountry": "IT", "participants": -2, "durationDays": 999},
				  {"type": "COURSE", "destinationCountry": "FR", "participants": 1, "durationDays": 5,
				   "greenTravel": 1}
				]}""";

		JsonNode problem = assertInvalid(request, "callYear", "round", "applicantCountry", "activities[1].type",
				"activities[1].participants", "activities[1].durationDays", "activities[2].greenTravel");

		assertThat(problem.has("type")).as("RFC 9457: no type means about:blank").isFalse();
		assertThat(problem.get("title").stringValue()).isEqualTo("Invalid estimate request");
		assertThat(problem.get("status").intValue()).isEqualTo(400);
		assertThat(problem.get("detail").stringValue()).isEqualTo("7 fields are invalid; see errors.");
		assertThat(problem.get("instance").stringValue()).isEqualTo(ApiClient.PATH);
		problem.get("errors").forEach((error) -> assertThat(error.get("message").stringValue()).isNotBlank());
	}

	@Test
	void answersAnotherContentTypeWith415() {
		for (String contentType : new String[] { MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_XML_VALUE,
				MediaType.APPLICATION_FORM_URLENCODED_VALUE, "application/json; charset=klingon", "nonsense" }) {
			MvcTestResult result = this.mvc.post()
				.uri(ApiClient.PATH)
				.header("Content-Type", contentType)
				.content(ApiClient.EXAMPLE_REQUEST)
				.with(ApiClient.from(ApiClient.newAddress()))
				.exchange();

			assertThat(result).as(contentType)
				.hasStatus(415)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.hasHeader("Accept", MediaType.APPLICATION_JSON_VALUE);
		}
		MvcTestResult withoutContentType = this.mvc.post()
			.uri(ApiClient.PATH)
			.content(ApiClient.EXAMPLE_REQUEST)
			.with(ApiClient.from(ApiClient.newAddress()))
			.exchange();
		assertThat(withoutContentType).hasStatus(415).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void readsJsonInTheCharsetItDeclares() {
		MvcTestResult result = this.mvc.post()
			.uri(ApiClient.PATH)
			.header("Content-Type", "application/json; charset=UTF-16")
			.content(ApiClient.EXAMPLE_REQUEST.getBytes(java.nio.charset.StandardCharsets.UTF_16))
			.with(ApiClient.from(ApiClient.newAddress()))
			.exchange();

		assertThat(result).hasStatusOk();
	}

	@Test
	void answersABodyOverOneMebibyteWith413() {
		String padding = " ".repeat(EstimateLimits.MAX_BODY_BYTES);
		MvcTestResult result = new ApiClient(this.mvc).post(ApiClient.EXAMPLE_REQUEST + padding);

		assertThat(result).hasStatus(413).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(ApiClient.json(result).get("title").stringValue()).isEqualTo("Request body too large");
	}

	@Test
	void answersOtherMethodsWith405AndSaysWhichIsAllowed() {
		for (HttpMethod method : new HttpMethod[] { HttpMethod.GET, HttpMethod.PUT, HttpMethod.PATCH,
				HttpMethod.DELETE }) {
			MvcTestResult result = this.mvc.method(method)
				.uri(ApiClient.PATH)
				.with(ApiClient.from(ApiClient.newAddress()))
				.exchange();

			assertThat(result).as(method.name())
				.hasStatus(405)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.hasHeader("Allow", "POST");
		}
	}

	@Test
	void neverShowsAStackTraceOrAnInternalMessage() {
		MvcTestResult result = new ApiClient(this.mvc).post("{\"callYear\": 2026, \"activities\": [{\"type\": 1x}]}");

		assertThat(ApiClient.body(result)).doesNotContain("Exception", "jackson", "at eu.", "at org.");
	}

	private JsonNode assertInvalid(String request, String... fields) {
		MvcTestResult result = new ApiClient(this.mvc).post(request);
		assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = ApiClient.json(result);
		List<String> named = new ArrayList<>();
		problem.get("errors").forEach((error) -> named.add(error.get("field").stringValue()));
		assertThat(named).as(request).containsExactlyInAnyOrder(fields);
		return problem;
	}

	private static String activities(int count) {
		StringBuilder json = new StringBuilder("{\"callYear\": 2026, \"applicantCountry\": \"ES\", \"activities\": [");
		for (int i = 0; i < count; i++) {
			json.append((i > 0) ? "," : "").append('{').append(ROW).append('}');
		}
		return json.append("]}").toString();
	}

}
