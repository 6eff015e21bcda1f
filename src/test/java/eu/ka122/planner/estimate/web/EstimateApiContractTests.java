package eu.ka122.planner.estimate.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import eu.ka122.planner.budget.RateTables;
import eu.ka122.planner.budget.domain.BudgetCategory;
import eu.ka122.planner.geo.GeoService;
import eu.ka122.planner.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public contract of {@code POST /api/v1/estimates} (estimate-api.md) on the seeded
 * 2026 rate table: every agency at the upper end of each range (staff group 1: 191 EUR a
 * day).
 */
@IntegrationTest
class EstimateApiContractTests {

	private final MockMvcTester mvc;

	private final GeoService geo;

	private final RateTables rateTables;

	EstimateApiContractTests(@Autowired MockMvcTester mvc, @Autowired GeoService geo,
			@Autowired RateTables rateTables) {
		this.mvc = mvc;
		this.geo = geo;
		this.rateTables = rateTables;
	}

	ApiClient api() {
		return new ApiClient(this.mvc);
	}

	@Test
	void answersTheDocumentedExampleWithEveryDocumentedKey() {
		MvcTestResult result = api().post(ApiClient.EXAMPLE_REQUEST);

		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		JsonNode body = ApiClient.json(result);
		assertThat(names(body)).containsExactly("callYear", "applicantCountry", "nationalAgency", "rateTableVersion",
				"activities", "totals", "total", "courseShare", "findings", "submittable");
		assertThat(names(body.get("activities").get(0))).containsExactly("index", "type", "distanceKm",
				"receivingCountryGroup", "dailyRates", "lines", "total");
		assertThat(names(body.get("activities").get(0).get("dailyRates"))).containsExactly("participantBase",
				"participantReduced", "accompanyingBase", "accompanyingReduced");
		assertThat(names(body.get("activities").get(0).get("lines").get(0))).containsExactly("category", "amount",
				"explanation");
		assertThat(names(body.get("courseShare"))).containsExactly("amount", "limit");
	}

	@Test
	void computesTheExampleAsTheRulebookDoesByHand() {
		// IT is group 1; ES01's staff rate there is 191, reduced 0.7 × 191 = 133.7 → 134.
		// 3 participants × 350 = 1050; 1365.28 km non-green: 3 × 309 = 927;
		// 10 + 2 days ≤ 14: 3 × 12 × 191 = 6876; 1 with fewer opportunities × 125 = 125.
		JsonNode body = ApiClient.json(api().post(ApiClient.EXAMPLE_REQUEST));

		assertThat(body.get("callYear").intValue()).isEqualTo(2026);
		assertThat(body.get("applicantCountry").stringValue()).isEqualTo("ES");
		assertThat(body.get("nationalAgency").stringValue()).isEqualTo("ES01");
		assertThat(body.get("rateTableVersion").intValue())
			.isEqualTo(this.rateTables.current(2026).orElseThrow().version());
		JsonNode activity = body.get("activities").get(0);
		assertThat(activity.get("index").intValue()).isZero();
		assertThat(activity.get("type").stringValue()).isEqualTo("JOB_SHADOWING");
		assertThat(activity.get("distanceKm").decimalValue()).isEqualByComparingTo("1365.28");
		assertThat(activity.get("receivingCountryGroup").intValue()).isEqualTo(1);
		assertThat(activity.get("dailyRates").toString()).isEqualTo(
				"{\"participantBase\":191,\"participantReduced\":134,\"accompanyingBase\":191,\"accompanyingReduced\":134}");
		assertThat(lines(activity)).containsExactly("ORGANISATIONAL_SUPPORT 1050 3 participants × 350 EUR",
				"TRAVEL 927 3 persons × 309 EUR (500–1999 km, standard travel)",
				"INDIVIDUAL_SUPPORT 6876 3 participants × 12 days × 191 EUR",
				"INCLUSION_SUPPORT_ORGANISATIONS 125 1 participant with fewer opportunities × 125 EUR");
		assertThat(activity.get("total").decimalValue()).isEqualByComparingTo("8978");
		assertThat(body.get("totals").toString()).isEqualTo("{\"ORGANISATIONAL_SUPPORT\":1050,\"TRAVEL\":927,"
				+ "\"INDIVIDUAL_SUPPORT\":6876,\"INCLUSION_SUPPORT_ORGANISATIONS\":125,"
				+ "\"INCLUSION_SUPPORT_PARTICIPANTS\":0,\"PREPARATORY_VISITS\":0,\"COURSE_FEES\":0,"
				+ "\"LINGUISTIC_SUPPORT\":0,\"EXCEPTIONAL_COSTS\":0}");
		assertThat(body.get("total").decimalValue()).isEqualByComparingTo("8978");
		assertThat(body.get("courseShare").toString()).isEqualTo("{\"amount\":0,\"limit\":20000}");
		assertThat(body.get("findings").isEmpty()).isTrue();
		assertThat(body.get("submittable").booleanValue()).isTrue();
	}

	@Test
	void writesUnitCostsAsWholeNumbersAndRealCostsWithCentsOnlyWhereNeeded() {
		String request = """
				{"callYear": 2026, "applicantCountry": "ES", "financialGuaranteeCosts": 1000,
				 "activities": [{"type": "JOB_SHADOWING", "destinationCountry": "IT", "participants": 3,
				   "durationDays": 10, "distanceKm": 1365.28, "expensiveTravelCosts": 1000.01,
				   "visaAndMedicalCosts": 100.10, "inclusionSupportCosts": 1234.5}]}""";

		MvcTestResult result = api().post(request);

		assertThat(result).hasStatusOk();
		String text = ApiClient.body(result);
		assertThat(text).contains("{\"category\":\"ORGANISATIONAL_SUPPORT\",\"amount\":1050,")
			.contains("{\"category\":\"INCLUSION_SUPPORT_PARTICIPANTS\",\"amount\":1234.5,")
			.doesNotContainPattern("\"amount\":[0-9]+\\.[0-9]*0[,}]")
			.doesNotContainPattern("[0-9][eE][+-]?[0-9]");
		JsonNode body = ApiClient.json(result);
		// 80 % of 1000.01 = 800.008 → 800.01, visa costs 100.1, and 80 % of the 1000
		// guarantee in no activity.
		assertThat(amounts(body.get("activities").get(0))).contains("EXCEPTIONAL_COSTS 800.01",
				"EXCEPTIONAL_COSTS 100.1", "INCLUSION_SUPPORT_PARTICIPANTS 1234.5");
		assertThat(body.get("totals").get("EXCEPTIONAL_COSTS").decimalValue()).isEqualByComparingTo("1700.11");
		assertThat(body.get("totals").get("TRAVEL").decimalValue()).as("expensive travel replaces the unit-cost travel")
			.isEqualByComparingTo("0");
	}

	@Test
	void listsAllNineCategoriesInTheGuidesOrderAndOnlyTheNonZeroLinesOfAnActivity() {
		JsonNode body = ApiClient.json(api().post(ApiClient.plan("ES",
				"\"type\": \"COURSE\", \"destinationCountry\": \"FR\", \"participants\": 2, \"durationDays\": 5")));

		assertThat(names(body.get("totals")))
			.containsExactly(java.util.Arrays.stream(BudgetCategory.values()).map(Enum::name).toArray(String[]::new));
		JsonNode lines = body.get("activities").get(0).get("lines");
		assertThat(lines.size()).isPositive();
		lines.forEach((line) -> assertThat(line.get("amount").decimalValue()).isPositive());
		assertThat(amounts(body.get("activities").get(0))).noneMatch((line) -> line.startsWith("TRAVEL"));
	}

	@Test
	void ordersFindingsApplicationFirstThenByActivityAndRuleWithANullIndexForTheApplication() {
		String request = """
				{"callYear": 2026, "round": 2, "applicantCountry": "ES", "activities": [
				  {"type": "JOB_SHADOWING", "destinationCountry": "US", "participants": 0, "durationDays": 61},
				  {"type": "PREPARATORY_VISIT", "destinationCountry": "IT", "participants": 4, "durationDays": 2}
				]}""";

		MvcTestResult result = api().post(request);

		assertThat(result).hasStatusOk();
		JsonNode findings = ApiClient.json(result).get("findings");
		List<String> keys = new ArrayList<>();
		findings.forEach((finding) -> keys
			.add((finding.get("activityIndex").isNull() ? "-" : finding.get("activityIndex").asString()) + " "
					+ finding.get("rule").stringValue()));
		assertThat(keys).startsWith("- APP-ROUND")
			.contains("0 ACT-DESTINATION-ELIGIBLE", "0 ACT-DURATION", "0 ACT-PARTICIPANTS", "1 ACT-PREP-SIZE",
					"1 ACT-PREP-HOST")
			.isSortedAccordingTo((a, b) -> a.compareTo(b));
		assertThat(ApiClient.body(result)).contains("\"activityIndex\":null");
		findings.forEach((finding) -> assertThat(names(finding)).containsExactly("rule", "severity", "activityIndex",
				"message"));
		findings.forEach(
				(finding) -> assertThat(finding.get("message").stringValue()).isNotBlank().doesNotStartWith("rule."));
		assertThat(ApiClient.json(result).get("submittable").booleanValue()).isFalse();
	}

	@Test
	void listsWarningsAndGuidanceAndStaysSubmittableWithoutErrors() {
		JsonNode body = ApiClient.json(api().post(ApiClient.plan("ES",
				"\"type\": \"JOB_SHADOWING\", \"destinationCountry\": \"PT\", \"participants\": 1, "
						+ "\"durationDays\": 5, \"distanceKm\": 5")));

		assertThat(body.get("findings").findValuesAsString("rule")).containsExactly("ACT-GREEN-UNDER-500",
				"ACT-NO-TRAVEL-GRANT");
		assertThat(body.get("findings").findValuesAsString("severity")).containsExactly("WARNING", "INFO");
		assertThat(body.get("submittable").booleanValue()).isTrue();
	}

	@Test
	void givesDailyRatesOnlyToRowsThatReceiveIndividualSupport() {
		String request = """
				{"callYear": 2026, "applicantCountry": "ES", "activities": [
				  {"type": "JOB_SHADOWING", "destinationCountry": "IT", "participants": 1, "durationDays": 5},
				  {"type": "PREPARATORY_VISIT", "destinationCountry": "IT", "participants": 1, "durationDays": 2,
				   "hostingOrganisation": "Liceo", "preparesActivityType": "JOB_SHADOWING"},
				  {"type": "HOSTING_TEACHER_IN_TRAINING", "destinationCountry": "ES", "participants": 1,
				   "durationDays": 10},
				  {"type": "JOB_SHADOWING", "destinationCountry": "US", "participants": 1, "durationDays": 5}
				]}""";

		JsonNode activities = ApiClient.json(api().post(request)).get("activities");

		assertThat(activities.get(0).has("dailyRates")).isTrue();
		assertThat(activities.get(1).has("dailyRates")).isFalse();
		assertThat(activities.get(2).has("dailyRates")).isFalse();
		assertThat(activities.get(3).has("dailyRates")).as("the US has no country group").isFalse();
		assertThat(activities.get(3).get("receivingCountryGroup").isNull()).isTrue();
	}

	@Test
	void computesAndEchoesTheDistanceFromTheGazetteerWhenDistanceIsLeftOut() {
		BigDecimal expected = this.geo.distanceKm("Madrid", "ES", "Rome", "IT").orElseThrow();
		assertThat(expected).isBetween(new BigDecimal("1360"), new BigDecimal("1370"));

		JsonNode body = ApiClient.json(api().post(ApiClient.plan("ES",
				"\"type\": \"JOB_SHADOWING\", \"destinationCountry\": \"IT\", \"destinationCity\": \"Rome\", "
						+ "\"originCity\": \"Madrid\", \"participants\": 3, \"durationDays\": 10")));

		JsonNode activity = body.get("activities").get(0);
		assertThat(activity.get("distanceKm").decimalValue()).isEqualByComparingTo(expected);
		assertThat(lines(activity)).contains("TRAVEL 927 3 persons × 309 EUR (500–1999 km, standard travel)");
	}

	@Test
	void takesTheOriginCountryWhenGivenInsteadOfTheApplicants() {
		BigDecimal expected = this.geo.distanceKm("Lisbon", "PT", "Rome", "IT").orElseThrow();

		JsonNode body = ApiClient.json(api().post(ApiClient.plan("ES",
				"\"type\": \"JOB_SHADOWING\", \"destinationCountry\": \"IT\", \"destinationCity\": \"Rome\", "
						+ "\"originCity\": \"Lisbon\", \"originCountry\": \"PT\", \"participants\": 1, "
						+ "\"durationDays\": 10")));

		assertThat(body.get("activities").get(0).get("distanceKm").decimalValue()).isEqualByComparingTo(expected);
	}

	@Test
	void roundsTheGivenDistanceHalfUpToTwoDecimalsBeforeUse() {
		JsonNode body = ApiClient.json(api().post(ApiClient.plan("ES",
				"\"type\": \"JOB_SHADOWING\", \"destinationCountry\": \"IT\", \"participants\": 1, "
						+ "\"durationDays\": 5, \"distanceKm\": 499.995")));

		JsonNode activity = body.get("activities").get(0);
		assertThat(activity.get("distanceKm").decimalValue()).isEqualByComparingTo("500");
		assertThat(lines(activity)).contains("TRAVEL 309 1 person × 309 EUR (500–1999 km, standard travel)");
	}

	@Test
	void acceptsGreeceAsGrAndAnswersEl() {
		JsonNode body = ApiClient.json(api().post(ApiClient.plan("GR",
				"\"type\": \"JOB_SHADOWING\", \"destinationCountry\": \"it\", \"participants\": 1, "
						+ "\"durationDays\": 5")));

		assertThat(body.get("applicantCountry").stringValue()).isEqualTo("EL");
		assertThat(body.get("nationalAgency").stringValue()).isEqualTo("EL01");
		assertThat(body.get("findings").findValuesAsString("rule")).doesNotContain("APP-ORG-COUNTRY",
				"ACT-DESTINATION-ELIGIBLE");
	}

	@Test
	void treatsAnApplicantOutsideTheProgrammeAsAFindingWithoutAnAgency() {
		MvcTestResult result = api().post(ApiClient.plan("US",
				"\"type\": \"JOB_SHADOWING\", \"destinationCountry\": \"IT\", \"participants\": 1, "
						+ "\"durationDays\": 5"));

		assertThat(result).hasStatusOk();
		JsonNode body = ApiClient.json(result);
		assertThat(ApiClient.body(result)).contains("\"nationalAgency\":null");
		assertThat(body.get("findings").findValuesAsString("rule")).contains("APP-ORG-COUNTRY");
		assertThat(body.get("activities").get(0).has("dailyRates")).isFalse();
		assertThat(body.get("submittable").booleanValue()).isFalse();
	}

	@Test
	void answersBusinessRuleViolationsWithFindingsNotErrors() {
		assertThat(rules(ApiClient.plan("ES",
				"\"type\": \"JOB_SHADOWING\", \"destinationCountry\": \"IT\", \"participants\": 0, \"durationDays\": 5")))
			.contains("ACT-PARTICIPANTS");
		assertThat(rules(ApiClient.plan("ES",
				"\"type\": \"JOB_SHADOWING\", \"destinationCountry\": \"IT\", \"participants\": 1, \"durationDays\": 61")))
			.contains("ACT-DURATION");
		assertThat(rules(ApiClient.plan("ES",
				"\"type\": \"JOB_SHADOWING\", \"destinationCountry\": \"US\", \"participants\": 1, \"durationDays\": 5")))
			.contains("ACT-DESTINATION-ELIGIBLE");
		assertThat(rules("{\"callYear\": 2026, \"applicantCountry\": \"ES\", \"activities\": []}"))
			.containsExactly("APP-MOBILITY-REQUIRED");
	}

	@Test
	void acceptsOptionalFieldsAsNullOrLeftOutAndIgnoresUnknownOnes() {
		MvcTestResult result = api().post("""
				{"callYear": 2026, "round": null, "applicantCountry": "ES", "financialGuaranteeCosts": null,
				 "comment": "not part of the contract",
				 "activities": [{"type": "JOB_SHADOWING", "destinationCountry": "IT", "participants": 1,
				   "durationDays": 5, "travelDays": null, "greenTravel": null, "distanceKm": null}]}""");

		assertThat(result).hasStatusOk();
	}

	@Test
	void answersJsonWhateverTheAcceptHeaderAsks() {
		MvcTestResult result = this.mvc.post()
			.uri(ApiClient.PATH)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_HTML)
			.content(ApiClient.EXAMPLE_REQUEST)
			.with(ApiClient.from(ApiClient.newAddress()))
			.exchange();

		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
	}

	@Test
	void needsNoLoginNoCookieAndNoCsrfToken() {
		MvcTestResult result = api().post(ApiClient.EXAMPLE_REQUEST);

		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
		assertThat(result.getResponse().getHeader(ApiRateLimitFilter.REMAINING_HEADER)).isNotNull();
	}

	private List<String> rules(String request) {
		MvcTestResult result = api().post(request);
		assertThat(result).hasStatusOk();
		return ApiClient.json(result).get("findings").findValuesAsString("rule");
	}

	private static List<String> names(JsonNode node) {
		return new ArrayList<>(node.propertyNames());
	}

	private static List<String> amounts(JsonNode activity) {
		List<String> amounts = new ArrayList<>();
		activity.get("lines")
			.forEach((line) -> amounts.add(line.get("category").stringValue() + " "
					+ line.get("amount").decimalValue().stripTrailingZeros().toPlainString()));
		return amounts;
	}

	private static List<String> lines(JsonNode activity) {
		List<String> lines = new ArrayList<>();
		activity.get("lines")
			.forEach((line) -> lines.add(line.get("category").stringValue() + " "
					+ line.get("amount").decimalValue().stripTrailingZeros().toPlainString() + " "
					+ line.get("explanation").stringValue()));
		return lines;
	}

}
