package eu.ka122.planner.eligibility.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * How the rulebook compares free text typed by applicants: course titles, hosts, cities.
 */
final class Names {

	private Names() {
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	/** Trimmed and case-insensitive; empty for blank text, which matches nothing. */
	static Optional<String> key(String text) {
		return isBlank(text) ? Optional.empty() : Optional.of(text.trim().toLowerCase(Locale.ROOT));
	}

	/** Trimmed, case- and accent-insensitive, as the rulebook compares city names. */
	static Optional<String> foldedKey(String text) {
		return key(text).map((key) -> Normalizer.normalize(key, Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
	}

}
