package eu.ka122.planner.shared;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Numbers as each language writes them, and the ones that language would misread. The
 * French and Polish rows use the normal space, the no-break space (U+00A0) and the narrow
 * no-break space (U+202F) that their keyboards and CLDR use.
 */
class LocalNumbersTests {

	@ParameterizedTest(name = "{0}: \"{1}\" is {2}")
	@CsvSource(delimiter = '|', textBlock = """
			en | 1,500,000.50 | 1500000.50
			en | 1500000.50   | 1500000.50
			en | 40,000.00    | 40000.00
			en | 1,500        | 1500
			en | 0.7          | 0.7
			en | -12.5        | -12.5
			de | 1.500.000,50 | 1500000.50
			de | 1500000,50   | 1500000.50
			de | 40.000,00    | 40000.00
			es | 1.500.000,50 | 1500000.50
			es | 1500000,50   | 1500000.50
			es | 40.000,00    | 40000.00
			es | 1.500        | 1500
			it | 1.500.000,50 | 1500000.50
			it | 0,70         | 0.70
			fr | 1 500 000,50 | 1500000.50
			fr | 1 500 000,50 | 1500000.50
			fr | 1 500 000,50 | 1500000.50
			fr | 1500000,50   | 1500000.50
			pl | 1 500 000,50 | 1500000.50
			pl | 1 500 000,50 | 1500000.50
			pl | 336,85       | 336.85
			en | 1 500 000.50 | 1500000.50
			de | 250000       | 250000
			fr | 250000       | 250000
			pl | 14           | 14
			""")
	void readsNumbersAsTheLanguageWritesThem(String language, String typed, String expected) {
		assertThat(LocalNumbers.parse(typed, Locale.forLanguageTag(language))).contains(new BigDecimal(expected));
	}

	@ParameterizedTest(name = "{0}: \"{1}\" is refused")
	@CsvSource(delimiter = '|', textBlock = """
			en | 1500000,50
			en | 1,5
			en | 1.500,50
			en | 12,34,567
			en | 1,5000
			de | 1.5
			de | 1,500.50
			de | 1.50.000
			es | 1.500.000.50
			es | 0.70
			it | 12.34
			fr | 1.500,50
			fr | 1 50,5
			pl | 1.5
			pl | 12 3456
			en | 1e5
			en | 0x10
			en | NaN
			en | ١٢
			en | ２
			en | 1.
			en | ,5
			en | -
			en | 1..5
			en | 12 abc
			""")
	void refusesWhatTheLanguageWouldMisreadOrNeverWrites(String language, String typed) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LocalNumbers.parse(typed, Locale.forLanguageTag(language)));
	}

	@ParameterizedTest(name = "{0}: \"{1}\" as a whole number is {2}")
	@CsvSource(delimiter = '|', textBlock = """
			en | 1,500 | 1500
			es | 1.500 | 1500
			pl | 1 500 | 1500
			de | 14    | 14
			de | 14,0  | 14
			""")
	void readsWholeNumbers(String language, String typed, long expected) {
		assertThat(LocalNumbers.parseWhole(typed, Locale.forLanguageTag(language))).contains(expected);
	}

	@ParameterizedTest(name = "{0}: \"{1}\" is no whole number")
	@CsvSource(delimiter = '|', textBlock = """
			en | 1.5
			en | 1.500
			es | 1,5
			de | 99999999999999999999
			""")
	void refusesFractionsWhereAWholeNumberIsAsked(String language, String typed) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LocalNumbers.parseWhole(typed, Locale.forLanguageTag(language)));
	}

	@ParameterizedTest(name = "{0}: {1} is shown as \"{2}\"")
	@CsvSource(delimiter = '|', textBlock = """
			en | 1500000.5 | 1,500,000.50
			de | 1500000.5 | 1.500.000,50
			es | 1500000.5 | 1.500.000,50
			it | 1500000.5 | 1.500.000,50
			fr | 1500000.5 | 1 500 000,50
			pl | 1500000.5 | 1 500 000,50
			""")
	void writesAmountsAsTheLanguageDoes(String language, String value, String shown) {
		Locale locale = Locale.forLanguageTag(language);
		String text = LocalNumbers.format(new BigDecimal(value), locale, 2, 2);
		assertThat(text.replace('\u00A0', ' ').replace('\u202F', ' ')).isEqualTo(shown);
		assertThat(LocalNumbers.parse(text, locale)).contains(new BigDecimal(value).setScale(2));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "en", "de", "es", "it", "fr", "pl" })
	void readsBackWhatAnInputFieldShows(String language) {
		Locale locale = Locale.forLanguageTag(language);
		for (String value : new String[] { "0.70", "336.85", "1365.28", "1500000.50", "12", "-3.5" }) {
			BigDecimal number = new BigDecimal(value);
			assertThat(LocalNumbers.parse(LocalNumbers.formatForInput(number, locale), locale)).contains(number);
		}
	}

}
