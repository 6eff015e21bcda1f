package eu.ka122.planner.budget;

import java.util.LinkedHashMap;
import java.util.Map;

import eu.ka122.planner.budget.domain.RateTable;
import eu.ka122.planner.budget.domain.RateTableProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class RateTableFieldsTests {

	final RateTable defaults = RateTable.defaults2026();

	@Test
	void aTableReadBackFromItsValuesIsTheSameTable() {
		var parsed = RateTableFields.parse(2026, 1, RateTableFields.of(this.defaults));
		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.table().validate()).isEmpty();
		assertThat(RateTableFields.of(parsed.table())).isEqualTo(RateTableFields.of(this.defaults));
	}

	@Test
	void aTableReadBackFromItsJsonExportIsTheSameTable() {
		JsonMapper json = JsonMapper.builder().build();
		var read = RateTableJson.read(json, RateTableJson.write(json, this.defaults));
		assertThat(read.problems()).isEmpty();
		var parsed = RateTableFields.parse(2026, 1, RateTableFields.merge(this.defaults, read.fields()));
		assertThat(RateTableFields.of(parsed.table())).isEqualTo(RateTableFields.of(this.defaults));
	}

	@ParameterizedTest(name = "{0} = \"{1}\" → {2}")
	@CsvSource(delimiter = '|',
			value = { "units.preparatoryVisit|six hundred|admin.rates.problem.notWhole",
					"units.preparatoryVisit|''|admin.rates.problem.required",
					"units.reducedRateFactor|0,7x|admin.rates.problem.notDecimal",
					"staffRanges[2].max|''|admin.rates.problem.required",
					"agencies[ES01].staff[1]|abc|admin.rates.problem.notWhole",
					"countryGroups[IE]|one|admin.rates.problem.notWhole" })
	void valuesThatAreNotNumbersAreNamedWithWhatWasTyped(String name, String value, String key) {
		Map<String, String> given = new LinkedHashMap<>();
		given.put(name, value);
		var parsed = RateTableFields.parse(2026, 2, RateTableFields.merge(this.defaults, given));
		assertThat(parsed.table()).isNull();
		assertThat(parsed.problems()).extracting(RateTableProblem::field, RateTableProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(name, key));
	}

	@Test
	void givenTravelBandsReplaceAllOfTheBaseBandsAndBlankRowsAreLeftOut() {
		Map<String, String> given = new LinkedHashMap<>();
		given.put("travelBands[0].fromKm", "0");
		given.put("travelBands[0].toKm", "");
		given.put("travelBands[0].green", "10");
		given.put("travelBands[0].standard", "5");
		given.put("travelBands[1].fromKm", " ");
		given.put("travelBands[1].toKm", "");
		var table = RateTableFields.parse(2026, 2, RateTableFields.merge(this.defaults, given)).table();
		assertThat(table.travelBands()).hasSize(1);
		assertThat(table.validate()).isEmpty();
	}

	@Test
	void theDiffNamesEachChangedValueWithBeforeAndAfter() {
		RateTable changed = this.defaults.withUnits(new eu.ka122.planner.budget.domain.UnitAmounts(100, 350, 200, 100,
				500, 125, 700, 80, 150, 150, new java.math.BigDecimal("0.70"), 14, 60, new java.math.BigDecimal("0.80"),
				new java.math.BigDecimal("0.70"), 20_000, 40_000, new java.math.BigDecimal("0.50")));
		assertThat(RateTableFields.diff(this.defaults, changed))
			.containsExactly(new RateTableFields.Change("units.preparatoryVisit", "680", "700"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "units.preparatoryVisit|1e999999|admin.rates.problem.notWhole|1E+999999",
					"units.preparatoryVisit|1e-999999|admin.rates.problem.notWhole|1E-999999",
					"units.reducedRateFactor|-1e400|admin.rates.problem.notDecimal|-1E+400",
					"units.preparatoryVisit|680.0|''|680" })
	void numbersBeyondAnyDoubleAreReadExactlyAndRefusedByTheFormsCheck(String name, String number, String key,
			String shown) {
		JsonMapper json = JsonMapper.builder().build();
		String[] part = name.split("\\.");
		var read = RateTableJson.read(json, "{\"" + part[0] + "\": {\"" + part[1] + "\": " + number + "}}");
		assertThat(read.problems()).isEmpty();
		assertThat(read.fields()).containsEntry(name, shown);
		var parsed = RateTableFields.parse(2026, 1, RateTableFields.merge(this.defaults, read.fields()));
		if (key.isEmpty()) {
			assertThat(parsed.problems()).isEmpty();
		}
		else {
			assertThat(parsed.problems()).extracting(RateTableProblem::field, RateTableProblem::messageKey)
				.contains(org.assertj.core.groups.Tuple.tuple(name, key));
		}
	}

	@Test
	void aBadFileIsListedPartByPart() {
		JsonMapper json = JsonMapper.builder().build();
		var read = RateTableJson.read(json, """
				{"units": {"preparatoryVisit": 700, "coffee": 3},
				 "travelBands": {"fromKm": 0},
				 "agencies": {"ES01": {"staff": {"1": [1]}}},
				 "colour": "blue"}""");
		assertThat(read.problems()).extracting(RateTableProblem::messageKey)
			.containsExactlyInAnyOrder("admin.rates.import.unknownField", "admin.rates.import.notList",
					"admin.rates.import.notValue", "admin.rates.import.unknownField");
		assertThat(RateTableJson.read(json, "not json").problems()).extracting(RateTableProblem::messageKey)
			.containsExactly("admin.rates.import.notJson");
	}

}
