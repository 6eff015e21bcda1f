package eu.ka122.planner.shared;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Country codes as the Erasmus+ programme writes them: ISO 3166-1 alpha-2, except Greece,
 * which the Commission writes {@code EL}. Sets iterate in alphabetical order so that
 * screens and exports list countries the same way on every run.
 */
public final class Countries {

	public static final String GREECE = "EL";

	public static final Set<String> EU_MEMBER_STATES = sorted("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI",
			"FR", "DE", GREECE, "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES",
			"SE");

	public static final Set<String> ASSOCIATED_THIRD_COUNTRIES = sorted("IS", "LI", "NO", "RS", "MK", "TR");

	public static final Set<String> ELIGIBLE = union(EU_MEMBER_STATES, ASSOCIATED_THIRD_COUNTRIES);

	private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

	/**
	 * The answers of {@link #normalise} for codes already written as the programme writes
	 * them, and GR: the rules ask for every row of every estimate.
	 */
	private static final Map<String, Optional<String>> NORMALISED = normalised();

	/** {@link #ELIGIBLE} for lookups: hashed rather than sorted. */
	private static final Set<String> ELIGIBLE_LOOKUP = Set.copyOf(ELIGIBLE);

	private Countries() {
	}

	/**
	 * The programme's spelling of an ISO 3166-1 alpha-2 code, or empty when the input is
	 * not such a code. {@code GR} and {@code EL} both become {@code EL}.
	 */
	public static Optional<String> normalise(String code) {
		if (code == null) {
			return Optional.empty();
		}
		Optional<String> known = NORMALISED.get(code);
		if (known != null) {
			return known;
		}
		String candidate = code.trim().toUpperCase(Locale.ROOT);
		if (candidate.equals(GREECE) || candidate.equals("GR")) {
			return Optional.of(GREECE);
		}
		return ISO_CODES.contains(candidate) ? Optional.of(candidate) : Optional.empty();
	}

	/**
	 * Whether a code, already normalised, is an EU Member State or a third country
	 * associated to the Programme.
	 */
	public static boolean isEligible(String normalisedCode) {
		return normalisedCode != null && ELIGIBLE_LOOKUP.contains(normalisedCode);
	}

	private static Map<String, Optional<String>> normalised() {
		Map<String, Optional<String>> normalised = new HashMap<>();
		for (String code : ISO_CODES) {
			normalised.put(code, Optional.of(code));
		}
		normalised.put("GR", Optional.of(GREECE));
		normalised.put(GREECE, Optional.of(GREECE));
		return Map.copyOf(normalised);
	}

	private static Set<String> sorted(String... codes) {
		SortedSet<String> set = new TreeSet<>();
		Collections.addAll(set, codes);
		return Collections.unmodifiableSortedSet(set);
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		SortedSet<String> set = new TreeSet<>(a);
		set.addAll(b);
		return Collections.unmodifiableSortedSet(set);
	}

}
