package eu.ka122.planner.platform.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import eu.ka122.planner.shared.Countries;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Country names in the reader's language, from the JDK's locale data. The app writes
 * Greece as EL (the Commission's code); ISO and the JDK know it as GR.
 */
@Component("countryNames")
public class CountryNames {

	/**
	 * The eligible countries, sorted by name in the reader's language, for select lists.
	 */
	public List<Option> eligible() {
		Collator collator = Collator.getInstance(LocaleContextHolder.getLocale());
		return Countries.ELIGIBLE.stream()
			.map((code) -> new Option(code, name(code)))
			.sorted(Comparator.comparing(Option::name, collator))
			.toList();
	}

	/** A country code with its name. */
	public record Option(String code, String name) {
	}

	public String name(String code) {
		if (code == null || code.isBlank()) {
			return "";
		}
		String iso = "EL".equals(code) ? "GR" : code;
		String name = new Locale("", iso).getDisplayCountry(LocaleContextHolder.getLocale());
		return name.isBlank() || name.equals(iso) ? code : name;
	}

}
