package eu.ka122.planner.budget.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import eu.ka122.planner.shared.LocalNumbers;

/**
 * The rate-table forms' numbers in the page's language. The rate-table fields keep
 * numbers in one plain form ({@code 0.7}, {@code 191}), which the JSON import and export
 * share; the forms show and read them as the reader writes them ({@code 0,7} in German,
 * Spanish, French, Italian and Polish) through {@link LocalNumbers}. A value that is no
 * number in the page's language is passed on as typed, and the fields' own check refuses
 * it at its field, naming what was typed.
 */
final class LocalisedRates {

	private LocalisedRates() {
	}

	/** What was typed, with every number read in the page's language. */
	static Map<String, String> read(Map<String, String> typed, Locale locale) {
		Map<String, String> plain = new LinkedHashMap<>();
		typed.forEach((name, value) -> plain.put(name, plain(value, locale)));
		return plain;
	}

	/** The fields as the form shows them: decimals with the page's decimal separator. */
	static Map<String, String> show(Map<String, String> fields, Locale locale) {
		char separator = LocalNumbers.Style.of(locale).decimal();
		Map<String, String> shown = new LinkedHashMap<>();
		fields.forEach((name, value) -> shown.put(name,
				(value != null && value.matches("-?\\d+\\.\\d+")) ? value.replace('.', separator) : value));
		return shown;
	}

	private static String plain(String value, Locale locale) {
		// Blank and text that is no number (a ticked box's "true") stay as they are.
		try {
			return LocalNumbers.parse(value, locale).map(BigDecimal::toPlainString).orElse(value);
		}
		catch (IllegalArgumentException ex) {
			return value;
		}
	}

}
