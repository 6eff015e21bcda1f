package eu.ka122.planner.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the application speaks ({@code ka122.languages}), English first: every
 * one has a complete set of message bundles. Adding a language is a set of bundle files
 * and one entry in that list.
 */
public record Languages(List<Locale> supported) {

	public Languages {
		if (supported.isEmpty() || !"en".equals(supported.get(0).getLanguage())) {
			throw new IllegalArgumentException("ka122.languages must start with en");
		}
		supported = List.copyOf(supported);
	}

	public static Languages of(List<String> tags) {
		return new Languages(tags.stream().map(String::strip).map(Locale::forLanguageTag).toList());
	}

	public Locale fallback() {
		return this.supported.get(0);
	}

	/** The supported language of that tag ("pl", "pl-PL", "PL"), if any. */
	public Optional<Locale> find(String tag) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
		return this.supported.stream().filter((l) -> l.getLanguage().equals(language)).findFirst();
	}

	/** The supported language that best matches an {@code Accept-Language} header. */
	public Locale bestMatch(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return fallback();
		}
		try {
			Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), this.supported);
			return (match != null) ? match : fallback();
		}
		catch (IllegalArgumentException ex) {
			return fallback();
		}
	}

	/**
	 * The language as it names itself, capitalised as in a menu ("Polski", "Français").
	 */
	public static String ownName(Locale language) {
		String name = language.getDisplayLanguage(language);
		return name.isEmpty() ? language.getLanguage() : name.substring(0, 1).toUpperCase(language) + name.substring(1);
	}

}
