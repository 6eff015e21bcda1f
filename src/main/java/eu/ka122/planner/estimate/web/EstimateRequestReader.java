package eu.ka122.planner.estimate.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import eu.ka122.planner.budget.RateTables;
import eu.ka122.planner.geo.CityMatch;
import eu.ka122.planner.geo.GeoService;
import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.Countries;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the body of an estimate request into an {@link EstimateRequest}, or fails with
 * every invalid field at once. The body is read as a JSON tree and checked field by
 * field, because binding it to records would stop at the first wrong value: a client
 * fixing its request wants the whole list.
 *
 * <p>
 * What is checked here is the shape of the input (types, enum values, country codes, the
 * API's {@linkplain EstimateLimits limits}, a call year with a published rate table,
 * cities the gazetteer knows). Whether the plan is eligible is for the rules, answered as
 * findings.
 */
@Component
class EstimateRequestReader {

	/**
	 * Numbers smaller than this are zero for every field: far below a cent or a metre.
	 */
	private static final int NEGLIGIBLE_EXPONENT = -20;

	/**
	 * Enough decimals for any real use; bounds the work done on numbers like
	 * 1e-999999999.
	 */
	private static final int MAX_SCALE = 12;

	private static final int MAX_ECHO = 80;

	private static final String ACTIVITY_TYPES = Arrays.stream(ActivityType.values())
		.map(Enum::name)
		.collect(Collectors.joining(", "));

	/**
	 * Exact decimals (1365.28 stays 1365.28), a duplicate key is malformed, and so is
	 * anything after the document.
	 */
	private final JsonMapper json = JsonMapper.builder()
		.enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final RateTables rateTables;

	private final GeoService geo;

	private final ApiMessages messages;

	EstimateRequestReader(RateTables rateTables, GeoService geo, MessageSource messageSource) {
		this.rateTables = rateTables;
		this.geo = geo;
		this.messages = new ApiMessages(messageSource);
	}

	/**
	 * @throws ApiProblemException a {@code 400} naming every invalid field
	 */
	EstimateRequest read(byte[] body) {
		Errors errors = new Errors();
		JsonNode root = parse(body, errors);
		if (root == null || !root.isObject()) {
			if (errors.isEmpty()) {
				errors.add("$", (root == null || root.isMissingNode()) ? "api.field.required" : "api.field.object");
			}
			throw ApiProblemException.invalid(errors.list);
		}
		Fields fields = new Fields(root, "", errors);
		Integer callYear = callYear(fields);
		Integer round = round(fields);
		String applicantCountry = fields.country("applicantCountry", true);
		BigDecimal financialGuaranteeCosts = fields.amount("financialGuaranteeCosts", EstimateLimits.MAX_COST);
		List<ActivityRequest> activities = activities(root.get("activities"), applicantCountry, errors);
		if (!errors.isEmpty()) {
			throw ApiProblemException.invalid(errors.list);
		}
		return new EstimateRequest(callYear, round, applicantCountry, financialGuaranteeCosts, activities);
	}

	private JsonNode parse(byte[] body, Errors errors) {
		try {
			return this.json.readTree(body);
		}
		catch (StreamReadException ex) {
			errors.list.add(new FieldProblem(malformedPath(ex, body.length), malformed(ex.getLocation())));
		}
		catch (StreamConstraintsException ex) {
			errors.list.add(new FieldProblem("$", this.messages.get("api.field.tooComplex")));
		}
		catch (JacksonException ex) {
			errors.list.add(new FieldProblem("$", malformed(ex.getLocation())));
		}
		return null;
	}

	private String malformed(TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 1 || location.getColumnNr() < 1) {
			return this.messages.get("api.field.unreadable");
		}
		return this.messages.get("api.field.malformed", location.getLineNr(), location.getColumnNr());
	}

	/**
	 * Where the parser was when the JSON broke, so that a client sees which value it
	 * mistyped; the body as a whole when it merely ends too early.
	 */
	private static String malformedPath(StreamReadException ex, int length) {
		JsonParser parser = ex.processor();
		TokenStreamLocation location = ex.getLocation();
		boolean endedEarly = ex instanceof UnexpectedEndOfInputException
				|| (location != null && location.getByteOffset() >= length);
		if (parser == null || endedEarly) {
			return "$";
		}
		Deque<String> segments = new ArrayDeque<>();
		for (TokenStreamContext context = parser.streamReadContext(); context != null
				&& !context.inRoot(); context = context.getParent()) {
			if (context.inArray()) {
				segments.addFirst("[" + Math.max(context.getCurrentIndex(), 0) + "]");
			}
			else if (context.currentName() != null) {
				segments.addFirst("." + echo(context.currentName()));
			}
		}
		String path = String.join("", segments);
		if (path.isEmpty()) {
			return "$";
		}
		return path.startsWith(".") ? path.substring(1) : path;
	}

	private Integer callYear(Fields fields) {
		JsonNode node = fields.value("callYear");
		if (node == null) {
			fields.errors.add("callYear", "api.field.required");
			return null;
		}
		BigDecimal number = fields.wholeNumber("callYear", node);
		if (number == null) {
			return null;
		}
		if (number.signum() < 0) {
			fields.errors.add("callYear", "api.field.negative");
			return null;
		}
		if (number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
			fields.errors.add("callYear", "api.field.callYear.unknown");
			return null;
		}
		int year = number.intValueExact();
		if (this.rateTables.current(year).isEmpty()) {
			fields.errors.add("callYear", "api.field.callYear.noRateTable", year);
			return null;
		}
		return year;
	}

	private static Integer round(Fields fields) {
		JsonNode node = fields.value("round");
		if (node == null) {
			return 1;
		}
		if (node.isNumber()) {
			BigDecimal number = node.decimalValue();
			if (number.compareTo(BigDecimal.ONE) == 0 || number.compareTo(BigDecimal.valueOf(2)) == 0) {
				return number.intValue();
			}
		}
		fields.errors.add("round", "api.field.round");
		return null;
	}

	private List<ActivityRequest> activities(JsonNode node, String applicantCountry, Errors errors) {
		if (node == null || node.isNull()) {
			errors.add("activities", "api.field.required");
			return null;
		}
		if (!node.isArray()) {
			errors.add("activities", "api.field.array");
			return null;
		}
		if (node.size() > EstimateLimits.MAX_ACTIVITIES) {
			// Not worth reading further: no such plan exists.
			errors.add("activities", "api.field.activities.max", EstimateLimits.MAX_ACTIVITIES);
			return null;
		}
		List<ActivityRequest> activities = new ArrayList<>();
		for (int index = 0; index < node.size(); index++) {
			String path = "activities[" + index + "]";
			JsonNode row = node.get(index);
			if (!row.isObject()) {
				errors.add(path, "api.field.object");
				continue;
			}
			activities.add(activity(new Fields(row, path, errors), applicantCountry));
		}
		return activities;
	}

	private ActivityRequest activity(Fields fields, String applicantCountry) {
		ActivityType type = fields.activityType("type", true);
		String destinationCountry = fields.country("destinationCountry", true);
		String destinationCity = fields.text("destinationCity");
		String originCity = fields.text("originCity");
		String originCountry = fields.country("originCountry", false);
		String hostingOrganisation = fields.text("hostingOrganisation");
		Integer participants = fields.count("participants", true, EstimateLimits.MAX_PERSONS);
		Integer withFewerOpportunities = fields.count("participantsWithFewerOpportunities", false,
				EstimateLimits.MAX_PERSONS);
		Integer accompanyingPersons = fields.count("accompanyingPersons", false, EstimateLimits.MAX_PERSONS);
		Integer durationDays = fields.count("durationDays", true, EstimateLimits.MAX_DAYS);
		Integer travelDays = fields.count("travelDays", false, EstimateLimits.MAX_DAYS);
		BigDecimal distanceKm = fields.amount("distanceKm", EstimateLimits.MAX_DISTANCE_KM);
		boolean greenTravel = fields.flag("greenTravel");
		Integer linguisticSupportParticipants = fields.count("linguisticSupportParticipants", false,
				EstimateLimits.MAX_PERSONS);
		String courseTitle = fields.text("courseTitle");
		ActivityType preparesActivityType = fields.activityType("preparesActivityType", false);
		String shortDurationJustification = fields.text("shortDurationJustification");
		BigDecimal expensiveTravelCosts = fields.amount("expensiveTravelCosts", EstimateLimits.MAX_COST);
		BigDecimal visaAndMedicalCosts = fields.amount("visaAndMedicalCosts", EstimateLimits.MAX_COST);
		BigDecimal inclusionSupportCosts = fields.amount("inclusionSupportCosts", EstimateLimits.MAX_COST);

		if (fields.value("distanceKm") == null && !isBlank(originCity)) {
			String fromCountry = (originCountry != null) ? originCountry : applicantCountry;
			distanceKm = distance(fields, originCity, fromCountry, destinationCity, destinationCountry);
		}
		if (fields.errors.isEmpty()) {
			return new ActivityRequest(type, destinationCountry, destinationCity, originCity, originCountry,
					hostingOrganisation, participants, withFewerOpportunities, accompanyingPersons, durationDays,
					travelDays, distanceKm, greenTravel, linguisticSupportParticipants, courseTitle,
					preparesActivityType, shortDurationJustification, expensiveTravelCosts, visaAndMedicalCosts,
					inclusionSupportCosts);
		}
		return null;
	}

	/**
	 * The great-circle distance between the two cities, or zero with the field that is
	 * not found named. Cities in a country whose code is itself invalid are not looked
	 * up: that code is already reported.
	 */
	private BigDecimal distance(Fields fields, String originCity, String originCountry, String destinationCity,
			String destinationCountry) {
		if (isBlank(destinationCity)) {
			fields.errors.add(fields.path("destinationCity"), "api.field.city.missing");
			return BigDecimal.ZERO;
		}
		Optional<CityMatch> origin = (originCountry != null) ? city(fields, "originCity", originCity, originCountry)
				: Optional.empty();
		Optional<CityMatch> destination = (destinationCountry != null)
				? city(fields, "destinationCity", destinationCity, destinationCountry) : Optional.empty();
		if (origin.isPresent() && destination.isPresent()) {
			return this.geo.distanceKm(origin.get(), destination.get());
		}
		return BigDecimal.ZERO;
	}

	private Optional<CityMatch> city(Fields fields, String name, String city, String country) {
		Optional<CityMatch> match = this.geo.find(city, country);
		if (match.isEmpty()) {
			fields.errors.add(fields.path(name), "api.field.city.notFound", echo(city), country);
		}
		return match;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	/** A bounded copy of what the client sent, for messages. */
	private static String echo(String text) {
		if (text.codePointCount(0, text.length()) <= MAX_ECHO) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, MAX_ECHO)) + "…";
	}

	/** Every invalid field found so far, with its message. */
	private final class Errors {

		private final List<FieldProblem> list = new ArrayList<>();

		void add(String field, String key, Object... args) {
			this.list.add(new FieldProblem(field, EstimateRequestReader.this.messages.get(key, args)));
		}

		boolean isEmpty() {
			return this.list.isEmpty();
		}

	}

	/**
	 * The fields of one JSON object, read with the contract's defaults: numbers 0,
	 * booleans false, strings null. A JSON null is the same as a missing field. Each
	 * reader records the field and returns null when the value is invalid.
	 */
	private final class Fields {

		private final JsonNode object;

		private final String prefix;

		private final Errors errors;

		Fields(JsonNode object, String prefix, Errors errors) {
			this.object = object;
			this.prefix = prefix;
			this.errors = errors;
		}

		String path(String name) {
			return this.prefix.isEmpty() ? name : this.prefix + "." + name;
		}

		/** The value, or null when the field is missing or null. */
		JsonNode value(String name) {
			JsonNode node = this.object.get(name);
			return (node == null || node.isNull() || node.isMissingNode()) ? null : node;
		}

		String text(String name) {
			JsonNode node = value(name);
			if (node == null) {
				return null;
			}
			if (!node.isString()) {
				this.errors.add(path(name), "api.field.string");
				return null;
			}
			return node.stringValue();
		}

		boolean flag(String name) {
			JsonNode node = value(name);
			if (node == null) {
				return false;
			}
			if (!node.isBoolean()) {
				this.errors.add(path(name), "api.field.boolean");
				return false;
			}
			return node.booleanValue();
		}

		/** The programme's spelling of a country code (GR becomes EL). */
		String country(String name, boolean required) {
			JsonNode node = value(name);
			if (node == null) {
				if (required) {
					this.errors.add(path(name), "api.field.required");
				}
				return null;
			}
			if (!node.isString()) {
				this.errors.add(path(name), "api.field.string");
				return null;
			}
			Optional<String> code = Countries.normalise(node.stringValue());
			if (code.isEmpty()) {
				this.errors.add(path(name), "api.field.country");
				return null;
			}
			return code.get();
		}

		ActivityType activityType(String name, boolean required) {
			JsonNode node = value(name);
			if (node == null) {
				if (required) {
					this.errors.add(path(name), "api.field.required");
				}
				return null;
			}
			if (node.isString()) {
				for (ActivityType type : ActivityType.values()) {
					if (type.name().equals(node.stringValue())) {
						return type;
					}
				}
			}
			this.errors.add(path(name), "api.field.enum", ACTIVITY_TYPES);
			return null;
		}

		/**
		 * A head count or a number of days: a whole number from 0 to {@code max}; 0 when
		 * optional and absent.
		 */
		Integer count(String name, boolean required, int max) {
			JsonNode node = value(name);
			if (node == null) {
				if (required) {
					this.errors.add(path(name), "api.field.required");
					return null;
				}
				return 0;
			}
			BigDecimal number = wholeNumber(name, node);
			if (number == null) {
				return null;
			}
			if (number.signum() < 0) {
				this.errors.add(path(name), "api.field.negative");
				return null;
			}
			if (number.compareTo(BigDecimal.valueOf(max)) > 0) {
				this.errors.add(path(name), "api.field.max", max);
				return null;
			}
			return number.intValueExact();
		}

		/** An amount or a distance from 0 to {@code max}; 0 when absent. */
		BigDecimal amount(String name, BigDecimal max) {
			JsonNode node = value(name);
			if (node == null) {
				return BigDecimal.ZERO;
			}
			if (!node.isNumber()) {
				this.errors.add(path(name), "api.field.number");
				return null;
			}
			BigDecimal number = node.decimalValue();
			if (number.signum() < 0) {
				this.errors.add(path(name), "api.field.negative");
				return null;
			}
			if (number.compareTo(max) > 0) {
				this.errors.add(path(name), "api.field.max", max);
				return null;
			}
			return tame(number);
		}

		/**
		 * The number if the node is a whole number (2026 or 2026.0), else null with the
		 * field recorded.
		 */
		BigDecimal wholeNumber(String name, JsonNode node) {
			if (node.isNumber()) {
				BigDecimal number = node.decimalValue();
				if (number.signum() == 0) {
					return BigDecimal.ZERO;
				}
				// Compared before anything costly: an exponent of a billion is a short
				// text.
				if (number.precision() - (long) number.scale() <= 0) {
					this.errors.add(path(name), "api.field.integer");
					return null;
				}
				if (number.stripTrailingZeros().scale() <= 0) {
					return number;
				}
			}
			this.errors.add(path(name), "api.field.integer");
			return null;
		}

	}

	/**
	 * A number the budget can use in bounded time: below 1e-20 it is zero, and beyond
	 * twelve decimals it is rounded half-up. Called only on numbers already checked
	 * against their maximum.
	 */
	static BigDecimal tame(BigDecimal number) {
		if (number.signum() == 0 || number.precision() - (long) number.scale() < NEGLIGIBLE_EXPONENT) {
			return BigDecimal.ZERO;
		}
		return (number.scale() > MAX_SCALE) ? number.setScale(MAX_SCALE, RoundingMode.HALF_UP) : number;
	}

}
