package eu.ka122.planner.budget.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import eu.ka122.planner.shared.Countries;
import eu.ka122.planner.shared.MessageFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class RateTableTests {

	private static final RateTable DEFAULTS = RateTable.defaults2026();

	private static final Properties MESSAGES = MessageFiles.load("i18n/budget.properties");

	@Test
	void defaultTableHasNoProblem() {
		assertThat(DEFAULTS.validate()).isEmpty();
	}

	@Test
	void defaultTableHasOneProvisionalAgencyPerEligibleCountryAndThreeForBelgium() {
		assertThat(DEFAULTS.callYear()).isEqualTo(2026);
		assertThat(DEFAULTS.version()).isEqualTo(1);
		assertThat(DEFAULTS.agencies()).hasSize(35).allSatisfy((code, agency) -> {
			assertThat(agency.agencyCode()).isEqualTo(code);
			assertThat(agency.provisional()).isTrue();
			assertThat(agency.staff()).containsExactlyEntriesOf(new TreeMap<>(Map.of(1, 191, 2, 169, 3, 148)));
			assertThat(agency.pupil()).containsExactlyEntriesOf(new TreeMap<>(Map.of(1, 85, 2, 74, 3, 64)));
		});
		assertThat(DEFAULTS.agencyForCountry().keySet()).containsExactlyElementsOf(Countries.ELIGIBLE);
		assertThat(DEFAULTS.agencies().values()).filteredOn((agency) -> agency.country().equals("BE"))
			.extracting(AgencyRates::agencyCode)
			.containsExactly("BE01", "BE02", "BE05");
	}

	@ParameterizedTest
	@CsvSource({ "BE, BE02", "ES, ES01", "IT, IT02", "DE, DE03", "EL, EL01", "TR, TR01" })
	void knowsTheDefaultAgencyOfEachCountry(String country, String agency) {
		assertThat(DEFAULTS.defaultAgencyCode(country)).contains(agency);
	}

	@ParameterizedTest
	@CsvSource({ "AT, 1", "IE, 1", "IT, 1", "LI, 1", "EL, 2", "ES, 2", "PT, 2", "LT, 3", "TR, 3", "MK, 3" })
	void groupsReceivingCountriesAsTheDefaultsSay(String country, int group) {
		assertThat(DEFAULTS.groupOf(country)).contains(group);
	}

	@Test
	void knowsNoGroupForOtherCountries() {
		assertThat(DEFAULTS.groupOf("US")).isEmpty();
		assertThat(DEFAULTS.groupOf(null)).isEmpty();
		assertThat(DEFAULTS.defaultAgencyCode(null)).isEmpty();
		assertThat(DEFAULTS.agency(null)).isEmpty();
	}

	@Test
	void keepsCopiesSoThatAPublishedVersionCannotChange() {
		Map<String, Integer> groups = new TreeMap<>(DEFAULTS.countryGroups());
		RateTable table = DEFAULTS.withCountryGroups(groups);
		groups.put("US", 1);

		assertThat(table.groupOf("US")).isEmpty();
		assertThatThrownBy(() -> table.countryGroups().put("US", 1)).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> table.travelBands().clear()).isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void labelsTheLastKilometreOfABandAsTheGuideDoes() {
		assertThat(TravelBand.of(500, 2000, 417, 309).lastIncludedKm()).isEqualByComparingTo("1999");
		assertThat(new TravelBand(BigDecimal.TEN, new BigDecimal("99.5"), 1, 1).lastIncludedKm())
			.isEqualByComparingTo("99.49");
		assertThat(TravelBand.of(8000, null, 1735, 1735).lastIncludedKm()).isNull();
	}

	static Stream<Arguments> brokenTables() {
		return Stream.of(
				arguments("staff rate above its range",
						edit((t) -> t.withAgency(
								rates("ES01", "ES", Map.of(1, 192, 2, 169, 3, 148), Map.of(1, 85, 2, 74, 3, 64)))),
						problem("agencies[ES01].staff[1]", "budget.rateTable.staffRateOutOfRange", "ES01", 1, 192, 107,
								191)),
				arguments("pupil rate below its range",
						edit((t) -> t.withAgency(
								rates("PL01", "PL", Map.of(1, 191, 2, 169, 3, 148), Map.of(1, 85, 2, 74, 3, 35)))),
						problem("agencies[PL01].pupil[3]", "budget.rateTable.pupilRateOutOfRange", "PL01", 3, 35, 36,
								64)),
				arguments("missing rate", edit(
						(t) -> t.withAgency(rates("PL01", "PL", Map.of(1, 191, 2, 169), Map.of(1, 85, 2, 74, 3, 64)))),
						problem("agencies[PL01].staff[3]", "budget.rateTable.staffRateMissing", "PL01", 3)),
				arguments("gap between bands", edit((t) -> t.withTravelBands(without(t.travelBands(), 2))),
						problem("travelBands", "budget.rateTable.travelBands.gap", new BigDecimal("100"),
								new BigDecimal("500"))),
				arguments("overlapping bands",
						edit((t) -> t.withTravelBands(with(t.travelBands(), TravelBand.of(90, 100, 56, 28)))),
						problem("travelBands", "budget.rateTable.travelBands.overlap", new BigDecimal("90"),
								new BigDecimal("100"))),
				arguments("first band not at 0 km", edit((t) -> t.withTravelBands(without(t.travelBands(), 0))),
						problem("travelBands", "budget.rateTable.travelBands.notFromZero", new BigDecimal("10"))),
				arguments("last band closed", edit((t) -> t.withTravelBands(without(t.travelBands(), 7))),
						problem("travelBands", "budget.rateTable.travelBands.notOpenEnded", new BigDecimal("8000"))),
				arguments("band ending where it starts",
						edit((t) -> t.withTravelBands(with(without(t.travelBands(), 7), TravelBand.of(8000, 8000, 1, 1),
								TravelBand.of(8000, null, 1735, 1735)))),
						problem("travelBands[7]", "budget.rateTable.travelBands.emptyBand", new BigDecimal("8000"),
								new BigDecimal("8000"))),
				arguments("open band before the end", edit(
						(t) -> t.withTravelBands(List.of(TravelBand.of(0, null, 0, 0), TravelBand.of(10, null, 1, 1)))),
						problem("travelBands", "budget.rateTable.travelBands.overlap", BigDecimal.ZERO,
								BigDecimal.TEN)),
				arguments("no band", edit((t) -> t.withTravelBands(List.of())),
						problem("travelBands", "budget.rateTable.travelBands.empty")),
				arguments("negative band amount", edit(
						(t) -> t.withTravelBands(with(without(t.travelBands(), 1), TravelBand.of(10, 100, 56, -28)))),
						problem("travelBands[7]", "budget.rateTable.negativeAmount", -28)),
				arguments("negative unit amount", edit((t) -> t.withUnits(units(-125, new BigDecimal("0.70")))),
						problem("units.inclusionSupport", "budget.rateTable.negativeAmount", -125)),
				arguments("share above one", edit((t) -> t.withUnits(units(125, new BigDecimal("1.70")))),
						problem("units.reducedRateFactor", "budget.rateTable.shareOutOfRange", new BigDecimal("1.70"))),
				arguments("inverted range",
						edit((t) -> t.withRanges(Map.of(1, new RateRange(192, 191), 2, new RateRange(95, 169), 3,
								new RateRange(84, 148)), t.pupilRanges())),
						problem("staffRanges[1]", "budget.rateTable.rangeInverted", 192, 191)),
				arguments("eligible country without group",
						edit((t) -> t.withCountryGroups(withoutKey(t.countryGroups(), "IE"))),
						problem("countryGroups[IE]", "budget.rateTable.countryWithoutGroup", "IE")),
				arguments("group without range",
						edit((t) -> t.withCountryGroups(withEntry(t.countryGroups(), "IE", 4))),
						problem("countryGroups[IE]", "budget.rateTable.groupWithoutRange", "IE", 4)),
				arguments("agency of an unknown country",
						edit((t) -> t.withAgency(
								rates("XK01", "XK", Map.of(1, 191, 2, 169, 3, 148), Map.of(1, 85, 2, 74, 3, 64)))),
						problem("agencies[XK01].country", "budget.rateTable.agencyUnknownCountry", "XK01", "XK")),
				arguments("default agency that does not exist", edit((t) -> t.withAgencyForCountry("ES", "ES99")),
						problem("agencyForCountry[ES]", "budget.rateTable.defaultAgencyUnknown", "ES", "ES99")),
				arguments("default agency of another country", edit((t) -> t.withAgencyForCountry("PT", "ES01")),
						problem("agencyForCountry[PT]", "budget.rateTable.defaultAgencyOtherCountry", "PT", "ES01",
								"ES")));
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("brokenTables")
	void explainsWhatMakesATableUnpublishable(String description, RateTable table, RateTableProblem expected) {
		assertThat(table.validate()).containsExactly(expected);
		assertThat(MessageFiles.render(MESSAGES, expected.messageKey(), expected.args())).isNotBlank();
	}

	@Test
	void reportsAnEligibleCountryWithoutAgency() {
		Map<String, String> agencyForCountry = new TreeMap<>(DEFAULTS.agencyForCountry());
		agencyForCountry.remove("MT");
		RateTable table = new RateTable(2026, 1, DEFAULTS.units(), DEFAULTS.travelBands(), DEFAULTS.countryGroups(),
				DEFAULTS.staffRanges(), DEFAULTS.pupilRanges(), DEFAULTS.agencies(), agencyForCountry);

		assertThat(table.validate()).containsExactly(
				new RateTableProblem("agencyForCountry[MT]", "budget.rateTable.countryWithoutAgency", List.of("MT")));
		assertThat(MessageFiles.render(MESSAGES, "budget.rateTable.countryWithoutAgency", List.of("MT")))
			.isEqualTo("Applicants from MT have no National Agency.");
	}

	private static RateTable edit(UnaryOperator<RateTable> change) {
		return change.apply(DEFAULTS);
	}

	private static RateTableProblem problem(String field, String key, Object... args) {
		return new RateTableProblem(field, key, List.of(args));
	}

	private static AgencyRates rates(String code, String country, Map<Integer, Integer> staff,
			Map<Integer, Integer> pupil) {
		return new AgencyRates(code, country, code, staff, pupil, false);
	}

	private static UnitAmounts units(int inclusion, BigDecimal reducedRateFactor) {
		UnitAmounts g = UnitAmounts.guide();
		return new UnitAmounts(g.organisationalSupportBasic(), g.organisationalSupportIndividual(),
				g.organisationalSupportBeyondThreshold(), g.organisationalSupportThreshold(),
				g.organisationalSupportLongTerm(), inclusion, g.preparatoryVisit(), g.courseFeePerDay(),
				g.linguisticSupport(), g.reinforcedLinguisticSupport(), reducedRateFactor, g.fullRateDays(),
				g.accompanyingCapDays(), g.exceptionalCostShare(), g.expensiveTravelThresholdShare(),
				g.courseShareFloor(), g.courseShareThreshold(), g.courseShareRatio());
	}

	private static List<TravelBand> without(List<TravelBand> bands, int index) {
		List<TravelBand> copy = new ArrayList<>(bands);
		copy.remove(index);
		return copy;
	}

	private static List<TravelBand> with(List<TravelBand> bands, TravelBand... more) {
		List<TravelBand> copy = new ArrayList<>(bands);
		copy.addAll(List.of(more));
		return copy;
	}

	private static Map<String, Integer> withoutKey(Map<String, Integer> map, String key) {
		Map<String, Integer> copy = new TreeMap<>(map);
		copy.remove(key);
		return copy;
	}

	private static Map<String, Integer> withEntry(Map<String, Integer> map, String key, int value) {
		Map<String, Integer> copy = new TreeMap<>(map);
		copy.put(key, value);
		return copy;
	}

}
