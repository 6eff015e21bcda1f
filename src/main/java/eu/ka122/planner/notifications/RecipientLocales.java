package eu.ka122.planner.notifications;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The language a mail is written in. Users store no language, and a mail to a school need
 * not follow the language of whoever caused it (an officer's decision), so it follows the
 * recipient's country: its official language when the app speaks it
 * ({@code ka122.languages}), English otherwise.
 */
@Component
class RecipientLocales {

	// First official language of the programme countries; multilingual Belgium,
	// Luxembourg
	// and Switzerland get English.
	private static final Map<String, String> LANGUAGE_OF_COUNTRY = Map.ofEntries(Map.entry("AT", "de"),
			Map.entry("BG", "bg"), Map.entry("CY", "el"), Map.entry("CZ", "cs"), Map.entry("DE", "de"),
			Map.entry("DK", "da"), Map.entry("EE", "et"), Map.entry("EL", "el"), Map.entry("ES", "es"),
			Map.entry("FI", "fi"), Map.entry("FR", "fr"), Map.entry("HR", "hr"), Map.entry("HU", "hu"),
			Map.entry("IE", "en"), Map.entry("IS", "is"), Map.entry("IT", "it"), Map.entry("LI", "de"),
			Map.entry("LT", "lt"), Map.entry("LV", "lv"), Map.entry("MK", "mk"), Map.entry("MT", "en"),
			Map.entry("NL", "nl"), Map.entry("NO", "no"), Map.entry("PL", "pl"), Map.entry("PT", "pt"),
			Map.entry("RO", "ro"), Map.entry("RS", "sr"), Map.entry("SE", "sv"), Map.entry("SI", "sl"),
			Map.entry("SK", "sk"), Map.entry("TR", "tr"));

	private final List<String> languages;

	RecipientLocales(@Value("${ka122.languages:en}") List<String> languages) {
		this.languages = languages;
	}

	Locale forCountry(String country) {
		String language = (country != null) ? LANGUAGE_OF_COUNTRY.get(country) : null;
		return (language != null && this.languages.contains(language)) ? Locale.forLanguageTag(language)
				: Locale.ENGLISH;
	}

}
