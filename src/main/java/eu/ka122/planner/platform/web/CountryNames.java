package eu.ka122.planner.platform.web;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Country names in the reader's language, from the JDK's locale data. The app writes
 * Greece as EL (the Commission's code); ISO and the JDK know it as GR.
 */
@Component("countryNames")
public class CountryNames {

	public String name(String code) {
		if (code == null || code.isBlank()) {
			return "";
		}
		String iso = "EL".equals(code) ? "GR" : code;
		String name = new Locale("", iso).getDisplayCountry(LocaleContextHolder.getLocale());
		return name.isBlank() || name.equals(iso) ? code : name;
	}

}
