package eu.ka122.planner.notifications;

import java.util.Locale;
import java.util.Map;

import eu.ka122.planner.accounts.UserContact;
import eu.ka122.planner.shared.Languages;

import org.springframework.stereotype.Component;

/**
 * The language a mail is written in: never that of whoever caused it (an officer's
 * decision), always the recipient's: the language they chose in the app (or their
 * agency's default language), else their country's official language when the app speaks
 * it ({@code ka122.languages}), else English.
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

	private final Languages languages;

	RecipientLocales(Languages languages) {
		this.languages = languages;
	}

	Locale forRecipient(UserContact recipient) {
		return this.languages.find(recipient.language()).orElseGet(() -> forCountry(recipient.country()));
	}

	Locale forCountry(String country) {
		String language = (country != null) ? LANGUAGE_OF_COUNTRY.get(country) : null;
		return this.languages.find(language).orElse(this.languages.fallback());
	}

}
