package eu.ka122.planner.budget.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers of {@code shared/spec/rate-defaults.md}; the lead's database seed repeats
 * them.
 */
final class DefaultRateTable {

	private static final Map<Integer, Integer> PROVISIONAL_STAFF = Map.of(1, 191, 2, 169, 3, 148);

	private static final Map<Integer, Integer> PROVISIONAL_PUPIL = Map.of(1, 85, 2, 74, 3, 64);

	private DefaultRateTable() {
	}

	static RateTable callYear2026() {
		Map<String, Integer> groups = new LinkedHashMap<>();
		for (String country : List.of("AT", "BE", "DK", "FI", "FR", "DE", "IE", "IS", "IT", "LI", "LU", "NL", "NO",
				"SE")) {
			groups.put(country, 1);
		}
		for (String country : List.of("CY", "CZ", "EE", "EL", "LV", "MT", "PT", "SK", "SI", "ES")) {
			groups.put(country, 2);
		}
		for (String country : List.of("BG", "HR", "HU", "LT", "MK", "PL", "RO", "RS", "TR")) {
			groups.put(country, 3);
		}
		Map<String, AgencyRates> agencies = new LinkedHashMap<>();
		Map<String, String> agencyForCountry = new LinkedHashMap<>();
		agency(agencies, "AT01", "AT", "Austria");
		agency(agencies, "BE01", "BE", "Belgium (French Community)");
		agency(agencies, "BE02", "BE", "Belgium (Flemish Community)");
		agency(agencies, "BE05", "BE", "Belgium (German-speaking Community)");
		agency(agencies, "BG01", "BG", "Bulgaria");
		agency(agencies, "CY01", "CY", "Cyprus");
		agency(agencies, "CZ01", "CZ", "Czechia");
		agency(agencies, "DE03", "DE", "Germany (school education, PAD)");
		agency(agencies, "DK01", "DK", "Denmark");
		agency(agencies, "EE01", "EE", "Estonia");
		agency(agencies, "EL01", "EL", "Greece");
		agency(agencies, "ES01", "ES", "Spain");
		agency(agencies, "FI01", "FI", "Finland");
		agency(agencies, "FR01", "FR", "France");
		agency(agencies, "HR01", "HR", "Croatia");
		agency(agencies, "HU01", "HU", "Hungary");
		agency(agencies, "IE01", "IE", "Ireland");
		agency(agencies, "IS01", "IS", "Iceland");
		agency(agencies, "IT02", "IT", "Italy (school education, INDIRE)");
		agency(agencies, "LI01", "LI", "Liechtenstein");
		agency(agencies, "LT01", "LT", "Lithuania");
		agency(agencies, "LU01", "LU", "Luxembourg");
		agency(agencies, "LV01", "LV", "Latvia");
		agency(agencies, "MK01", "MK", "North Macedonia");
		agency(agencies, "MT01", "MT", "Malta");
		agency(agencies, "NL01", "NL", "Netherlands");
		agency(agencies, "NO01", "NO", "Norway");
		agency(agencies, "PL01", "PL", "Poland");
		agency(agencies, "PT01", "PT", "Portugal");
		agency(agencies, "RO01", "RO", "Romania");
		agency(agencies, "RS01", "RS", "Serbia");
		agency(agencies, "SE01", "SE", "Sweden");
		agency(agencies, "SI01", "SI", "Slovenia");
		agency(agencies, "SK01", "SK", "Slovakia");
		agency(agencies, "TR01", "TR", "Türkiye");
		for (AgencyRates agency : agencies.values()) {
			agencyForCountry.putIfAbsent(agency.country(), agency.agencyCode());
		}
		// Belgium has one agency per language community; applicants choose, and the
		// Flemish one is the default.
		agencyForCountry.put("BE", "BE02");
		return new RateTable(2026, 1, UnitAmounts.guide(), travelBands(), groups,
				Map.of(1, new RateRange(107, 191), 2, new RateRange(95, 169), 3, new RateRange(84, 148)),
				Map.of(1, new RateRange(48, 85), 2, new RateRange(41, 74), 3, new RateRange(36, 64)), agencies,
				agencyForCountry);
	}

	private static List<TravelBand> travelBands() {
		return List.of(TravelBand.of(0, 10, 0, 0), TravelBand.of(10, 100, 56, 28), TravelBand.of(100, 500, 285, 211),
				TravelBand.of(500, 2000, 417, 309), TravelBand.of(2000, 3000, 535, 395),
				TravelBand.of(3000, 4000, 785, 580), TravelBand.of(4000, 8000, 1180, 1180),
				TravelBand.of(8000, null, 1735, 1735));
	}

	private static void agency(Map<String, AgencyRates> agencies, String code, String country, String countryName) {
		agencies.put(code, new AgencyRates(code, country, "Erasmus+ National Agency, " + countryName, PROVISIONAL_STAFF,
				PROVISIONAL_PUPIL, true));
	}

}
