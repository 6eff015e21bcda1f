package eu.ka122.planner.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.ka122.planner.budget.domain.RateTable;
import eu.ka122.planner.budget.domain.RateTableProblem;
import eu.ka122.planner.budget.domain.TravelBand;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A rate table as JSON (documented in {@code docs/rate-table-json.md}): what the export
 * writes and the import reads. The import turns the file into the named values of
 * {@link RateTableFields}, so a file is checked exactly like the edit form; a file may
 * carry only some parts (e.g. one agency's rates), the rest keeps the draft's values.
 */
public final class RateTableJson {

	private RateTableJson() {
	}

	public static String write(JsonMapper json, RateTable table) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("callYear", table.callYear());
		root.put("version", table.version());
		Map<String, Object> units = new LinkedHashMap<>();
		Map<String, String> fields = RateTableFields.of(table);
		for (String name : RateTableFields.UNIT_NAMES) {
			String value = fields.get("units." + name);
			units.put(name,
					RateTableFields.SHARE_NAMES.contains(name) ? new BigDecimal(value) : Integer.valueOf(value));
		}
		root.put("units", units);
		List<Map<String, Object>> bands = new ArrayList<>();
		for (TravelBand band : table.travelBands()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("fromKm", band.fromKm().stripTrailingZeros());
			row.put("toKm", band.toKm() == null ? null : band.toKm().stripTrailingZeros());
			row.put("green", band.green());
			row.put("standard", band.standard());
			bands.add(row);
		}
		root.put("travelBands", bands);
		root.put("countryGroups", table.countryGroups());
		root.put("staffRanges", ranges(table.staffRanges()));
		root.put("pupilRanges", ranges(table.pupilRanges()));
		Map<String, Object> agencies = new LinkedHashMap<>();
		table.agencies().forEach((code, agency) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("country", agency.country());
			row.put("staff", stringKeys(agency.staff()));
			row.put("pupil", stringKeys(agency.pupil()));
			row.put("provisional", agency.provisional());
			agencies.put(code, row);
		});
		root.put("agencies", agencies);
		root.put("agencyForCountry", table.agencyForCountry());
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
	}

	/**
	 * The file's values by name, or the problems that make it unreadable: not JSON, a
	 * part of an unknown name, a value of the wrong kind.
	 */
	public static Read read(JsonMapper json, String text) {
		List<RateTableProblem> problems = new ArrayList<>();
		Map<String, String> fields = new LinkedHashMap<>();
		JsonNode root;
		try {
			// exact decimals: as a double, 1e999999 is Infinity and no number at all
			root = json.rebuild()
				.enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
				.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
				.build()
				.readTree(text == null ? "" : text);
		}
		catch (JacksonException ex) {
			return new Read(Map.of(), List.of(problem("file", "admin.rates.import.notJson")));
		}
		if (root == null || !root.isObject()) {
			return new Read(Map.of(), List.of(problem("file", "admin.rates.import.notJson")));
		}
		for (var entry : root.properties()) {
			String part = entry.getKey();
			JsonNode node = entry.getValue();
			switch (part) {
				case "callYear", "version" -> {
					// informative: the file is imported into the draft chosen on the page
				}
				case "units" -> object(node, part, problems, (name, value) -> {
					if (RateTableFields.UNIT_NAMES.contains(name)) {
						scalar(fields, problems, "units." + name, value);
					}
					else {
						problems.add(problem("units." + name, "admin.rates.import.unknownField", "units." + name));
					}
				});
				case "travelBands" -> {
					if (!node.isArray()) {
						problems.add(problem(part, "admin.rates.import.notList", part));
						break;
					}
					int i = 0;
					for (JsonNode band : node.values()) {
						String prefix = "travelBands[" + i + "]";
						object(band, prefix, problems, (name, value) -> {
							if (List.of("fromKm", "toKm", "green", "standard").contains(name)) {
								scalar(fields, problems, prefix + "." + name, value);
							}
							else {
								problems.add(problem(prefix, "admin.rates.import.unknownField", prefix + "." + name));
							}
						});
						fields.putIfAbsent(prefix + ".toKm", "");
						i++;
					}
				}
				case "countryGroups" -> object(node, part, problems,
						(country, value) -> scalar(fields, problems, "countryGroups[" + country + "]", value));
				case "staffRanges", "pupilRanges" ->
					object(node, part, problems, (group, range) -> object(range, part + "[" + group + "]", problems,
							(end, value) -> scalar(fields, problems, part + "[" + group + "]." + end, value)));
				case "agencies" -> object(node, part, problems,
						(code, agency) -> object(agency, "agencies[" + code + "]", problems, (name, value) -> {
							String prefix = "agencies[" + code + "]";
							if ("staff".equals(name) || "pupil".equals(name)) {
								object(value, prefix + "." + name, problems, (group, rate) -> scalar(fields, problems,
										prefix + "." + name + "[" + group + "]", rate));
							}
							else {
								scalar(fields, problems, prefix + "." + name, value);
							}
						}));
				case "agencyForCountry" -> object(node, part, problems,
						(country, value) -> scalar(fields, problems, "agencyForCountry[" + country + "]", value));
				default -> problems.add(problem(part, "admin.rates.import.unknownField", part));
			}
		}
		return new Read(fields, problems);
	}

	private static void object(JsonNode node, String path, List<RateTableProblem> problems,
			java.util.function.BiConsumer<String, JsonNode> each) {
		if (node == null || !node.isObject()) {
			problems.add(problem(path, "admin.rates.import.notObject", path));
			return;
		}
		for (var entry : node.properties()) {
			each.accept(entry.getKey(), entry.getValue());
		}
	}

	private static void scalar(Map<String, String> fields, List<RateTableProblem> problems, String name,
			JsonNode value) {
		if (!RateTableFields.isKnown(name)) {
			problems.add(problem(name, "admin.rates.import.unknownField", name));
		}
		else if (value == null || value.isNull()) {
			fields.put(name, "");
		}
		else if (value.isNumber()) {
			BigDecimal number = value.decimalValue();
			// 1e999999 written out would be a million digits; as 1E+999999 the form's
			// check
			// refuses it with its own message, like any other value no rate can have
			boolean absurd = number.precision() > 40 || Math.abs(number.scale()) > 40;
			fields.put(name, absurd ? number.toString() : number.stripTrailingZeros().toPlainString());
		}
		else if (value.isString() || value.isBoolean()) {
			fields.put(name, value.asString());
		}
		else {
			problems.add(problem(name, "admin.rates.import.notValue", name));
		}
	}

	private static Map<String, Map<String, Integer>> ranges(
			Map<Integer, eu.ka122.planner.budget.domain.RateRange> ranges) {
		Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
		ranges.forEach((group, range) -> {
			Map<String, Integer> row = new LinkedHashMap<>();
			row.put("min", range.min());
			row.put("max", range.max());
			out.put(String.valueOf(group), row);
		});
		return out;
	}

	private static Map<String, Integer> stringKeys(Map<Integer, Integer> map) {
		Map<String, Integer> out = new LinkedHashMap<>();
		map.forEach((k, v) -> out.put(String.valueOf(k), v));
		return out;
	}

	private static RateTableProblem problem(String field, String key, Object... args) {
		return new RateTableProblem(field, key, List.of(args));
	}

	/** The file's values by name, and what made parts of it unreadable. */
	public record Read(Map<String, String> fields, List<RateTableProblem> problems) {

		public Read {
			fields = Map.copyOf(fields);
			problems = List.copyOf(problems);
		}

	}

}
