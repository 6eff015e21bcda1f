package eu.ka122.planner.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.ka122.planner.budget.domain.AgencyRates;
import eu.ka122.planner.budget.domain.RateRange;
import eu.ka122.planner.budget.domain.RateTable;
import eu.ka122.planner.budget.domain.RateTableProblem;
import eu.ka122.planner.budget.domain.TravelBand;
import eu.ka122.planner.budget.domain.UnitAmounts;

/**
 * A rate table as flat named values, e.g. {@code units.preparatoryVisit},
 * {@code travelBands[2].green}, {@code countryGroups[IE]}, {@code staffRanges[1].min},
 * {@code agencies[ES01].pupil[3]}. The names are those of {@link RateTable#validate()}'s
 * problems, so a problem points at the input that caused it. The edit form, the JSON
 * import and the diff all go through this one shape; values stay text until parsed, so
 * nothing an administrator typed is lost when it is refused.
 */
public final class RateTableFields {

	/** Unit amounts in the order screens list them; the shares are decimals. */
	public static final List<String> UNIT_NAMES = List.of("organisationalSupportBasic",
			"organisationalSupportIndividual", "organisationalSupportBeyondThreshold", "organisationalSupportThreshold",
			"organisationalSupportLongTerm", "inclusionSupport", "preparatoryVisit", "courseFeePerDay",
			"linguisticSupport", "reinforcedLinguisticSupport", "reducedRateFactor", "fullRateDays",
			"accompanyingCapDays", "exceptionalCostShare", "expensiveTravelThresholdShare", "courseShareFloor",
			"courseShareThreshold", "courseShareRatio");

	public static final Set<String> SHARE_NAMES = Set.of("reducedRateFactor", "exceptionalCostShare",
			"expensiveTravelThresholdShare", "courseShareRatio");

	public static final List<Integer> GROUPS = List.of(1, 2, 3);

	private static final Pattern BAND = Pattern.compile("travelBands\\[(\\d{1,3})]\\.(fromKm|toKm|green|standard)");

	private static final Pattern COUNTRY_GROUP = Pattern.compile("countryGroups\\[([A-Z]{2})]");

	private static final Pattern RANGE = Pattern.compile("(staff|pupil)Ranges\\[([1-3])]\\.(min|max)");

	private static final Pattern AGENCY_RATE = Pattern
		.compile("agencies\\[([A-Z]{2}\\d{2})]\\.(staff|pupil)\\[([1-3])]");

	private static final Pattern AGENCY_FIELD = Pattern.compile("agencies\\[([A-Z]{2}\\d{2})]\\.(country|provisional)");

	private static final Pattern DEFAULT_AGENCY = Pattern.compile("agencyForCountry\\[([A-Z]{2})]");

	private static final Pattern WHOLE = Pattern.compile("-?\\d{1,9}");

	private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,7}(\\.\\d{1,3})?");

	private RateTableFields() {
	}

	/** Every value of the table by name, in a stable order. */
	public static Map<String, String> of(RateTable table) {
		Map<String, String> fields = new LinkedHashMap<>();
		UnitAmounts u = table.units();
		List<Object> values = List.of(u.organisationalSupportBasic(), u.organisationalSupportIndividual(),
				u.organisationalSupportBeyondThreshold(), u.organisationalSupportThreshold(),
				u.organisationalSupportLongTerm(), u.inclusionSupport(), u.preparatoryVisit(), u.courseFeePerDay(),
				u.linguisticSupport(), u.reinforcedLinguisticSupport(), u.reducedRateFactor(), u.fullRateDays(),
				u.accompanyingCapDays(), u.exceptionalCostShare(), u.expensiveTravelThresholdShare(),
				u.courseShareFloor(), u.courseShareThreshold(), u.courseShareRatio());
		for (int i = 0; i < UNIT_NAMES.size(); i++) {
			fields.put("units." + UNIT_NAMES.get(i), text(values.get(i)));
		}
		for (int i = 0; i < table.travelBands().size(); i++) {
			TravelBand band = table.travelBands().get(i);
			String prefix = "travelBands[" + i + "].";
			fields.put(prefix + "fromKm", text(band.fromKm()));
			fields.put(prefix + "toKm", band.toKm() == null ? "" : text(band.toKm()));
			fields.put(prefix + "green", text(band.green()));
			fields.put(prefix + "standard", text(band.standard()));
		}
		table.staffRanges().forEach((group, range) -> range(fields, "staff", group, range));
		table.pupilRanges().forEach((group, range) -> range(fields, "pupil", group, range));
		table.countryGroups().forEach((country, group) -> fields.put("countryGroups[" + country + "]", text(group)));
		table.agencies().forEach((code, agency) -> {
			String prefix = "agencies[" + code + "].";
			fields.put(prefix + "country", agency.country());
			agency.staff().forEach((group, rate) -> fields.put(prefix + "staff[" + group + "]", text(rate)));
			agency.pupil().forEach((group, rate) -> fields.put(prefix + "pupil[" + group + "]", text(rate)));
			fields.put(prefix + "provisional", String.valueOf(agency.provisional()));
		});
		table.agencyForCountry().forEach((country, code) -> fields.put("agencyForCountry[" + country + "]", code));
		return fields;
	}

	/**
	 * The base table's values with the given ones laid over them. Given travel bands
	 * replace all of the base's, so that a band can be removed.
	 */
	public static Map<String, String> merge(RateTable base, Map<String, String> given) {
		Map<String, String> fields = new LinkedHashMap<>(of(base));
		if (given.keySet().stream().anyMatch((k) -> k.startsWith("travelBands["))) {
			fields.keySet().removeIf((k) -> k.startsWith("travelBands["));
		}
		given.forEach((name, value) -> {
			if (isKnown(name)) {
				fields.put(name, value == null ? "" : value);
			}
		});
		return fields;
	}

	/**
	 * Whether the name is one this shape knows (anything else is ignored or reported).
	 */
	public static boolean isKnown(String name) {
		if (name.startsWith("units.")) {
			return UNIT_NAMES.contains(name.substring("units.".length()));
		}
		return BAND.matcher(name).matches() || COUNTRY_GROUP.matcher(name).matches() || RANGE.matcher(name).matches()
				|| AGENCY_RATE.matcher(name).matches() || AGENCY_FIELD.matcher(name).matches()
				|| DEFAULT_AGENCY.matcher(name).matches();
	}

	/**
	 * The table these values describe, or every value that is not a number where one is
	 * needed. Blank travel-band rows are left out; a blank upper edge makes the band
	 * open. The table is not validated here: see {@link RateTable#validate()}.
	 */
	public static Parsed parse(int callYear, int version, Map<String, String> fields) {
		List<RateTableProblem> problems = new ArrayList<>();
		Reader in = new Reader(fields, problems);
		Map<String, Integer> ints = new HashMap<>();
		Map<String, BigDecimal> shares = new HashMap<>();
		for (String name : UNIT_NAMES) {
			if (SHARE_NAMES.contains(name)) {
				shares.put(name, in.decimal("units." + name, true));
			}
			else {
				ints.put(name, in.whole("units." + name, true));
			}
		}
		Map<Integer, Map<String, String>> bandRows = new TreeMap<>();
		Map<String, Integer> groups = new TreeMap<>();
		Map<Integer, RateRange> staffRanges = new TreeMap<>();
		Map<Integer, RateRange> pupilRanges = new TreeMap<>();
		Set<String> agencyCodes = new TreeSet<>();
		Map<String, String> agencyForCountry = new TreeMap<>();
		Set<String> rangeKeys = new TreeSet<>();
		fields.forEach((name, value) -> {
			Matcher m;
			if ((m = BAND.matcher(name)).matches()) {
				bandRows.computeIfAbsent(Integer.valueOf(m.group(1)), (i) -> new HashMap<>()).put(m.group(2), value);
			}
			else if ((m = COUNTRY_GROUP.matcher(name)).matches()) {
				Integer group = in.whole(name, false);
				if (group != null) {
					groups.put(m.group(1), group);
				}
			}
			else if ((m = RANGE.matcher(name)).matches()) {
				rangeKeys.add(m.group(1) + ":" + m.group(2));
			}
			else if ((m = AGENCY_RATE.matcher(name)).matches() || (m = AGENCY_FIELD.matcher(name)).matches()) {
				agencyCodes.add(m.group(1));
			}
			else if ((m = DEFAULT_AGENCY.matcher(name)).matches() && value != null && !value.isBlank()) {
				agencyForCountry.put(m.group(1), value.trim());
			}
		});
		List<TravelBand> bands = new ArrayList<>();
		bandRows.forEach((index, row) -> {
			if (row.values().stream().allMatch((v) -> v == null || v.isBlank())) {
				return;
			}
			String prefix = "travelBands[" + index + "].";
			BigDecimal from = in.decimal(prefix + "fromKm", true);
			BigDecimal to = in.decimal(prefix + "toKm", false);
			Integer green = in.whole(prefix + "green", true);
			Integer standard = in.whole(prefix + "standard", true);
			if (from != null && green != null && standard != null) {
				bands.add(new TravelBand(from, to, green, standard));
			}
		});
		for (String key : rangeKeys) {
			String kind = key.substring(0, key.indexOf(':'));
			int group = Integer.parseInt(key.substring(key.indexOf(':') + 1));
			String prefix = kind + "Ranges[" + group + "].";
			Integer min = in.whole(prefix + "min", true);
			Integer max = in.whole(prefix + "max", true);
			if (min != null && max != null) {
				("staff".equals(kind) ? staffRanges : pupilRanges).put(group, new RateRange(min, max));
			}
		}
		Map<String, AgencyRates> agencies = new TreeMap<>();
		for (String code : agencyCodes) {
			String prefix = "agencies[" + code + "].";
			Map<Integer, Integer> staff = new TreeMap<>();
			Map<Integer, Integer> pupil = new TreeMap<>();
			for (int group : GROUPS) {
				Integer s = in.whole(prefix + "staff[" + group + "]", false);
				Integer p = in.whole(prefix + "pupil[" + group + "]", false);
				if (s != null) {
					staff.put(group, s);
				}
				if (p != null) {
					pupil.put(group, p);
				}
			}
			String country = fields.getOrDefault(prefix + "country", "");
			boolean provisional = isTrue(fields.get(prefix + "provisional"));
			agencies.put(code, new AgencyRates(code, country.trim(), code, staff, pupil, provisional));
		}
		if (!problems.isEmpty()) {
			return new Parsed(null, problems);
		}
		UnitAmounts units = new UnitAmounts(ints.get("organisationalSupportBasic"),
				ints.get("organisationalSupportIndividual"), ints.get("organisationalSupportBeyondThreshold"),
				ints.get("organisationalSupportThreshold"), ints.get("organisationalSupportLongTerm"),
				ints.get("inclusionSupport"), ints.get("preparatoryVisit"), ints.get("courseFeePerDay"),
				ints.get("linguisticSupport"), ints.get("reinforcedLinguisticSupport"), shares.get("reducedRateFactor"),
				ints.get("fullRateDays"), ints.get("accompanyingCapDays"), shares.get("exceptionalCostShare"),
				shares.get("expensiveTravelThresholdShare"), ints.get("courseShareFloor"),
				ints.get("courseShareThreshold"), shares.get("courseShareRatio"));
		return new Parsed(new RateTable(callYear, version, units, bands, groups, staffRanges, pupilRanges, agencies,
				agencyForCountry), List.of());
	}

	/** The names whose values differ, with the value before and after. */
	public static List<Change> diff(RateTable before, RateTable after) {
		Map<String, String> a = of(before);
		Map<String, String> b = of(after);
		Set<String> names = new java.util.LinkedHashSet<>(a.keySet());
		names.addAll(b.keySet());
		List<Change> changes = new ArrayList<>();
		for (String name : names) {
			String x = a.get(name);
			String y = b.get(name);
			if (!Objects.equals(x, y)) {
				changes.add(new Change(name, x, y));
			}
		}
		return changes;
	}

	/**
	 * The id an input for the named value carries in a page, e.g.
	 * {@code agencies-ES01-staff-2}.
	 */
	public static String id(String name) {
		return name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
	}

	private static boolean isTrue(String value) {
		return value != null && ("true".equalsIgnoreCase(value.trim()) || "on".equalsIgnoreCase(value.trim()));
	}

	private static void range(Map<String, String> fields, String kind, int group, RateRange range) {
		fields.put(kind + "Ranges[" + group + "].min", text(range.min()));
		fields.put(kind + "Ranges[" + group + "].max", text(range.max()));
	}

	private static String text(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		return String.valueOf(value);
	}

	/** Values with the problems of those that are not numbers. */
	public record Parsed(RateTable table, List<RateTableProblem> problems) {

		public Parsed {
			problems = List.copyOf(problems);
		}

	}

	/** One value that differs between two versions; null where a version lacks it. */
	public record Change(String name, String before, String after) {
	}

	private record Reader(Map<String, String> fields, List<RateTableProblem> problems) {

		Integer whole(String name, boolean required) {
			String value = trimmed(name);
			if (value.isEmpty()) {
				if (required) {
					this.problems.add(new RateTableProblem(name, "admin.rates.problem.required", List.of()));
				}
				return null;
			}
			if (!WHOLE.matcher(value).matches()) {
				this.problems.add(new RateTableProblem(name, "admin.rates.problem.notWhole", List.of(value)));
				return null;
			}
			return Integer.valueOf(value);
		}

		BigDecimal decimal(String name, boolean required) {
			String value = trimmed(name).replace(',', '.');
			if (value.isEmpty()) {
				if (required) {
					this.problems.add(new RateTableProblem(name, "admin.rates.problem.required", List.of()));
				}
				return null;
			}
			if (!DECIMAL.matcher(value).matches()) {
				this.problems.add(new RateTableProblem(name, "admin.rates.problem.notDecimal", List.of(value)));
				return null;
			}
			return new BigDecimal(value);
		}

		private String trimmed(String name) {
			String value = this.fields.get(name);
			return value == null ? "" : value.strip();
		}

	}

}
