package eu.ka122.planner.estimate.web;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Calls the estimate API through MockMvc. Each call comes from an address of its own, so
 * that tests sharing a context never share a rate-limit bucket (nor use up the one of
 * 127.0.0.1 other tests rely on).
 */
final class ApiClient {

	static final String PATH = "/api/v1/estimates";

	/** The example request of estimate-api.md, verbatim. */
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

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private final MockMvcTester mvc;

	ApiClient(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	MvcTestResult post(String json) {
		return this.mvc.post()
			.uri(PATH)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.with(from(newAddress()))
			.exchange();
	}

	/**
	 * A plan of one row to {@code destination}, with the given extra fields of the row.
	 */
	static String plan(String applicant, String activityFields) {
		return """
				{"callYear": 2026, "applicantCountry": "%s", "activities": [{%s}]}""".formatted(applicant,
				activityFields);
	}

	static String newAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "10." + ((n >> 16) & 0xff) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
	}

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static JsonNode json(MvcTestResult result) {
		return JsonMapper.shared().readTree(body(result));
	}

	static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
