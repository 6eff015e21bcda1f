package eu.ka122.planner.eligibility.domain;

import java.util.Map;
import java.util.Set;

/**
 * The seats of the EU institutions (Guide footnote 6), where group pupil mobility may
 * take place even in the applicant's own country. The names are the rulebook's, including
 * the gazetteer's spellings.
 */
final class EuInstitutionSeats {

	private static final Map<String, Set<String>> SEATS = Map.of("BE", Set.of("brussels"), "DE",
			Set.of("frankfurt", "frankfurt am main"), "LU", Set.of("luxembourg"), "FR", Set.of("strasbourg"), "NL",
			Set.of("the hague", "den haag"));

	private EuInstitutionSeats() {
	}

	/** Whether the city is a seat located in that country (normalised code). */
	static boolean isSeat(String country, String city) {
		Set<String> seats = SEATS.get(country);
		return seats != null && Names.foldedKey(city).filter(seats::contains).isPresent();
	}

}
