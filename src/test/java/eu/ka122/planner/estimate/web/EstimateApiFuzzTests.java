package eu.ka122.planner.estimate.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.ka122.planner.budget.Budgets;
import eu.ka122.planner.budget.RateTables;
import eu.ka122.planner.budget.domain.RateTable;
import eu.ka122.planner.calls.Calls;
import eu.ka122.planner.estimate.EstimateTexts;
import eu.ka122.planner.estimate.Estimates;
import eu.ka122.planner.geo.GeoService;
import eu.ka122.planner.shared.ActivityType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Whatever a client sends, the estimate API answers 200 or a 400 problem, never a server
 * error. The controller runs with the real reader, estimate service, budget calculator,
 * rules, gazetteer and message texts; only the database is replaced (the 2026 default
 * rate table, the standard call), so that jqwik can drive hundreds of requests without a
 * Spring test context.
 */
class EstimateApiFuzzTests {

	static final List<String> REQUEST_FIELDS = List.of("callYear", "round", "applicantCountry",
			"financialGuaranteeCosts", "activities");

	static final List<String> ACTIVITY_FIELDS = List.of("type", "destinationCountry", "destinationCity", "originCity",
			"originCountry", "hostingOrganisation", "participants", "participantsWithFewerOpportunities",
			"accompanyingPersons", "durationDays", "travelDays", "distanceKm", "greenTravel",
			"linguisticSupportParticipants", "courseTitle", "preparesActivityType", "shortDurationJustification",
			"expensiveTravelCosts", "visaAndMedicalCosts", "inclusionSupportCosts");

	private static final MockMvc mvc = Api.build();

	@Property(tries = 200, shrinking = ShrinkingMode.BOUNDED)
	void neverAnswersAServerErrorToAnyJson(@ForAll("anyJson") String body) throws Exception {
		assertAnsweredWithoutServerError(body);
	}

	@Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
	void neverAnswersAServerErrorToAPlanWithSomeFieldsGoneWrong(@ForAll("nearlyValidPlans") String body)
			throws Exception {
		assertAnsweredWithoutServerError(body);
	}

	@Property(tries = 100, shrinking = ShrinkingMode.BOUNDED)
	void neverAnswersAServerErrorToBrokenJson(@ForAll("brokenJson") String body) throws Exception {
		assertAnsweredWithoutServerError(body);
	}

	private static void assertAnsweredWithoutServerError(String body) throws Exception {
		MockHttpServletResponse response = mvc
			.perform(post(ApiClient.PATH).contentType(MediaType.APPLICATION_JSON)
				.content(body.getBytes(StandardCharsets.UTF_8)))
			.andReturn()
			.getResponse();
		Statistics.collect(response.getStatus());
		assertThat(response.getStatus()).as(body).isIn(200, 400);
		String text = response.getContentAsString(StandardCharsets.UTF_8);
		if (response.getStatus() == 400) {
			assertThat(MediaType.parseMediaType(response.getContentType()))
				.matches((type) -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			assertThat(text).contains("\"errors\":[{\"field\":");
		}
		else {
			assertThat(text).contains("\"totals\":", "\"findings\":");
		}
	}

	/**
	 * Objects of the contract's field names (and others) with values of any type, and
	 * bare values.
	 */
	@Provide
	Arbitrary<String> anyJson() {
		Arbitrary<String> keyed = Combinators.combine(keys(REQUEST_FIELDS), value(2))
			.as((key, value) -> quote(key) + ":" + value)
			.list()
			.ofMaxSize(6)
			.map((members) -> "{" + String.join(",", members) + "}");
		return Arbitraries.frequencyOf(Tuple.of(1, value(3)), Tuple.of(3, keyed));
	}

	/**
	 * Plans whose fields are mostly typical, sometimes another plausible value (so the
	 * rules and the budget see odd but valid plans), sometimes any JSON value or left
	 * out.
	 */
	@Provide
	Arbitrary<String> nearlyValidPlans() {
		Arbitrary<List<String>> activities = members(activityFields(), 3)
			.map((members) -> "{" + String.join(",", members) + "}")
			.list()
			.ofMaxSize(3);
		return Combinators
			.combine(members(requestFields(), 6), activities, value(1), Arbitraries.integers().between(0, 19))
			.as((request, rows, wrong, choice) -> {
				String list = (choice == 0) ? wrong : "[" + String.join(",", rows) + "]";
				List<String> members = new ArrayList<>(request);
				members.add("\"activities\":" + list);
				return "{" + String.join(",", members) + "}";
			});
	}

	/** The documented example cut short, with characters spliced in, and any text. */
	@Provide
	Arbitrary<String> brokenJson() {
		String example = ApiClient.EXAMPLE_REQUEST;
		Arbitrary<String> truncated = Arbitraries.integers()
			.between(0, example.length() - 1)
			.map((end) -> example.substring(0, end));
		Arbitrary<String> spliced = Combinators
			.combine(Arbitraries.integers().between(0, example.length()), Arbitraries.strings().all().ofMaxLength(5))
			.as((at, text) -> example.substring(0, at) + text + example.substring(at));
		return Arbitraries.oneOf(truncated, spliced, Arbitraries.strings().all().ofMaxLength(40));
	}

	/**
	 * Each field with its typical (first) value, or in {@code percentOff} of the cases
	 * another plausible value, any JSON value, or nothing.
	 */
	private static Arbitrary<List<String>> members(Map<String, List<Arbitrary<String>>> fields, int percentOff) {
		List<Arbitrary<String>> members = new ArrayList<>();
		fields.forEach((key, values) -> {
			Arbitrary<String> off = Arbitraries.frequencyOf(Tuple.of(3, values.get(1)), Tuple.of(1, value(1)),
					Tuple.of(1, Arbitraries.just("")));
			Arbitrary<String> chosen = Arbitraries.frequencyOf(Tuple.of(100 - percentOff, values.get(0)),
					Tuple.of(percentOff, off));
			members.add(chosen.map((value) -> value.isEmpty() ? "" : quote(key) + ":" + value));
		});
		return Combinators.combine(members).as((list) -> list.stream().filter((m) -> !m.isEmpty()).toList());
	}

	private static Map<String, List<Arbitrary<String>>> requestFields() {
		Map<String, List<Arbitrary<String>>> fields = new LinkedHashMap<>();
		fields.put("callYear", List.of(Arbitraries.just("2026"), Arbitraries.of("2030", "2026.0", "0")));
		fields.put("round", List.of(Arbitraries.just("1"), Arbitraries.of("2", "null")));
		fields.put("applicantCountry", List.of(Arbitraries.just("\"ES\""), countries()));
		fields.put("financialGuaranteeCosts", List.of(Arbitraries.just("0"), amounts(10_000_000)));
		return fields;
	}

	private static Map<String, List<Arbitrary<String>>> activityFields() {
		Arbitrary<String> types = Arbitraries.of(ActivityType.class).map((type) -> quote(type.name()));
		Map<String, List<Arbitrary<String>>> fields = new LinkedHashMap<>();
		fields.put("type", List.of(types, types));
		fields.put("destinationCountry", List.of(Arbitraries.just("\"IT\""), countries()));
		fields.put("destinationCity", List.of(Arbitraries.just("\"Rome\""), cities()));
		fields.put("originCity", List.of(Arbitraries.just("\"Madrid\""), cities()));
		fields.put("originCountry", List.of(Arbitraries.just("null"), countries()));
		fields.put("hostingOrganisation",
				List.of(Arbitraries.just("\"Liceo\""), Arbitraries.of("\" liceo\"", "\" \"")));
		fields.put("participants", List.of(Arbitraries.just("3"), counts(10_000)));
		fields.put("participantsWithFewerOpportunities", List.of(Arbitraries.just("1"), counts(10_000)));
		fields.put("accompanyingPersons", List.of(Arbitraries.just("1"), counts(10_000)));
		fields.put("durationDays", List.of(Arbitraries.just("10"), counts(400)));
		fields.put("travelDays", List.of(Arbitraries.just("2"), counts(400)));
		fields.put("distanceKm", List.of(Arbitraries.just("null"), amounts(20_000)));
		fields.put("greenTravel", List.of(Arbitraries.just("false"), Arbitraries.just("true")));
		fields.put("linguisticSupportParticipants", List.of(Arbitraries.just("1"), counts(10_000)));
		fields.put("courseTitle",
				List.of(Arbitraries.just("\"Digital skills\""), Arbitraries.of("\"DIGITAL SKILLS \"")));
		fields.put("preparesActivityType", List.of(Arbitraries.just("null"), types));
		fields.put("shortDurationJustification", List.of(Arbitraries.just("\"Needed\""), Arbitraries.just("\"\"")));
		fields.put("expensiveTravelCosts", List.of(Arbitraries.just("0"), amounts(10_000_000)));
		fields.put("visaAndMedicalCosts", List.of(Arbitraries.just("120.5"), amounts(10_000_000)));
		fields.put("inclusionSupportCosts", List.of(Arbitraries.just("0"), amounts(10_000_000)));
		return fields;
	}

	private static Arbitrary<String> countries() {
		return Arbitraries.of("ES", "IT", "GR", "el", "FR", "BE", "LU", "TR", "US", "CN")
			.map(EstimateApiFuzzTests::quote);
	}

	private static Arbitrary<String> cities() {
		return Arbitraries
			.of("Rome", "Madrid", "Brussels", "Den Haag", "Frankfurt am Main", "Strasbourg", "Luxembourg", "Athens",
					"Atlantis")
			.map(EstimateApiFuzzTests::quote);
	}

	private static Arbitrary<String> counts(int max) {
		return Arbitraries
			.oneOf(Arbitraries.integers().between(0, max),
					Arbitraries.of(0, 1, 2, 3, 4, 9, 10, 14, 15, 29, 30, 31, 60, 61, 100, 101, 365, max))
			.map(String::valueOf);
	}

	private static Arbitrary<String> amounts(int max) {
		return Arbitraries
			.oneOf(Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(max)).ofScale(3),
					Arbitraries.of(BigDecimal.ZERO, new BigDecimal("9.995"), new BigDecimal("499.995"),
							new BigDecimal("0.005"), BigDecimal.valueOf(max)))
			.map(BigDecimal::toPlainString);
	}

	private static Arbitrary<String> keys(List<String> contractNames) {
		return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(contractNames)),
				Tuple.of(1, Arbitraries.strings().all().ofMaxLength(8)));
	}

	/** Any JSON value, containers nested at most {@code depth} deep. */
	private static Arbitrary<String> value(int depth) {
		if (depth == 0) {
			return primitive();
		}
		Arbitrary<String> inner = value(depth - 1);
		Arbitrary<String> array = inner.list().ofMaxSize(4).map((items) -> "[" + String.join(",", items) + "]");
		Arbitrary<String> object = Combinators.combine(keys(ACTIVITY_FIELDS), inner)
			.as((key, value) -> quote(key) + ":" + value)
			.list()
			.ofMaxSize(4)
			.map((members) -> "{" + String.join(",", members) + "}");
		return Arbitraries.frequencyOf(Tuple.of(6, primitive()), Tuple.of(1, array), Tuple.of(1, object));
	}

	private static Arbitrary<String> primitive() {
		List<String> names = new ArrayList<>(
				List.of("ES", "EL", "GR", "gr", "US", "XX", "", " ", "Rome", "Madrid", "Atlantis", "job_shadowing"));
		for (ActivityType type : ActivityType.values()) {
			names.add(type.name());
		}
		Arbitrary<String> words = Arbitraries.of(names).map(EstimateApiFuzzTests::quote);
		Arbitrary<String> anyText = Arbitraries.strings().all().ofMaxLength(30).map(EstimateApiFuzzTests::quote);
		Arbitrary<String> edgeNumbers = Arbitraries.of("0", "-0", "0.0", "1", "2", "3.0", "2026", "2030", "-1", "1.5",
				"1e400", "-1e400", "1e-999999999", "1E+999999999", "99999999999999999999999999", "2147483648",
				"-2147483649", "9223372036854775808", "10000", "10001", "400", "401", "20000", "20000.01", "10000000",
				"10000000.01", "1365.28", "499.995", "0.005", "1e-7", "59.5", "100", "101", "61", "30", "31");
		Arbitrary<String> numbers = Arbitraries.oneOf(Arbitraries.integers().map(String::valueOf),
				Arbitraries.bigDecimals().map(BigDecimal::toString),
				Arbitraries.doubles().map((d) -> Double.toString(d)));
		return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of("null", "true", "false")), Tuple.of(3, edgeNumbers),
				Tuple.of(2, numbers), Tuple.of(2, words), Tuple.of(2, anyText));
	}

	/**
	 * A JSON string literal of any text: control characters and lone surrogates escaped.
	 */
	static String quote(String text) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"').toString();
	}

	/** The API's web layer on the real services, with the database replaced. */
	private static final class Api {

		static MockMvc build() {
			eu.ka122.planner.platform.i18n.IcuMessageSource messages = new eu.ka122.planner.platform.i18n.IcuMessageSource();
			messages.setBasenames("messages", "i18n/rules", "i18n/budget", "i18n/geo", "i18n/api");
			messages.setDefaultEncoding("UTF-8");
			messages.setFallbackToSystemLocale(false);
			RateTables rateTables = mock(RateTables.class);
			given(rateTables.current(anyInt())).willReturn(Optional.empty());
			given(rateTables.current(2026)).willReturn(Optional.of(RateTable.defaults2026()));
			GeoService geo = new GeoService();

			AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
			context.registerBean("messageSource", MessageSource.class, () -> messages);
			context.registerBean(RateTables.class, () -> rateTables);
			context.registerBean(Calls.class, () -> mock(Calls.class));
			context.registerBean(Budgets.class);
			context.registerBean(Estimates.class);
			context.registerBean(EstimateTexts.class);
			context.refresh();

			EstimateApiController controller = new EstimateApiController(
					new EstimateRequestReader(rateTables, geo, messages), context.getBean(Estimates.class),
					context.getBean(EstimateTexts.class));
			return MockMvcBuilders.standaloneSetup(controller)
				.setControllerAdvice(new EstimateApiExceptionHandler(messages))
				.build();
		}

	}

}
