package eu.ka122.planner.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/**
 * Numbers as people write them in their language: {@code 1.500.000,50} in German, Spanish
 * and Italian, {@code 1 500 000,50} in French and Polish (normal, no-break or narrow
 * no-break space), {@code 1,500,000.50} in English. Plain digits work everywhere.
 *
 * <p>
 * Reading is strict: a number is read only when the language's way of writing it leaves
 * no doubt. {@code 1.5} on a Spanish page or {@code 1,5} on an English one could be one
 * and a half or fifteen hundred badly grouped, so it is refused, never guessed; so is a
 * thousands separator anywhere but between groups of three digits. Every form of the
 * application reads its numbers here (through the binder's editors or directly), and the
 * PDF writes its amounts here.
 */
public final class LocalNumbers {

	private static final String SPACES = " \u00A0\u202F";

	private LocalNumbers() {
	}

	/** How a language writes the decimal separator and groups thousands. */
	public record Style(char decimal, char grouping) {

		public static Style of(Locale locale) {
			DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(formatting(locale));
			char grouping = symbols.getGroupingSeparator();
			return new Style(symbols.getDecimalSeparator(), SPACES.indexOf(grouping) >= 0 ? ' ' : grouping);
		}

		boolean isGrouping(char c) {
			return (c == this.grouping) || SPACES.indexOf(c) >= 0;
		}

	}

	/**
	 * The locale whose conventions format numbers and dates for a language: English is
	 * written as in Ireland and the United Kingdom (1 September 2027, 24-hour clock), as
	 * the EU institutions write it.
	 */
	public static Locale formatting(Locale locale) {
		if (locale == null || locale.getLanguage().isEmpty()) {
			return Locale.UK;
		}
		return "en".equals(locale.getLanguage()) && locale.getCountry().isEmpty() ? Locale.UK : locale;
	}

	/**
	 * Reads a number written in the language of the locale.
	 * @return the number, or empty when the text is blank
	 * @throws IllegalArgumentException when the text is no number that language writes
	 */
	public static Optional<BigDecimal> parse(String text, Locale locale) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(read(text.strip(), Style.of(locale)));
	}

	/** Reads a whole number; a fraction is refused like a malformed number. */
	public static Optional<Long> parseWhole(String text, Locale locale) {
		Optional<BigDecimal> number = parse(text, locale);
		if (number.isEmpty()) {
			return Optional.empty();
		}
		BigDecimal value = number.get();
		if (value.scale() > 0 && value.stripTrailingZeros().scale() > 0) {
			throw new IllegalArgumentException("not a whole number");
		}
		try {
			return Optional.of(value.longValueExact());
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException("too large");
		}
	}

	/**
	 * Reads a whole number that fits an {@code int}.
	 * @return the number, or {@code null} when the text is blank
	 * @throws IllegalArgumentException when the text is no whole number that language
	 * writes
	 */
	public static Integer parseInt(String text, Locale locale) {
		Long value = parseWhole(text, locale).orElse(null);
		if (value == null) {
			return null;
		}
		if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
			throw new IllegalArgumentException("too large");
		}
		return value.intValue();
	}

	static BigDecimal read(String text, Style style) {
		int i = 0;
		boolean negative = false;
		if (text.charAt(0) == '-' || text.charAt(0) == '\u2212') {
			negative = true;
			i = 1;
		}
		else if (text.charAt(0) == '+') {
			i = 1;
		}
		StringBuilder digits = new StringBuilder(text.length());
		int group = 0;
		int groups = 0;
		boolean grouped = false;
		boolean decimal = false;
		int fractionDigits = 0;
		for (; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
				if (decimal) {
					fractionDigits++;
				}
				else {
					group++;
				}
			}
			else if (!decimal && c == style.decimal()) {
				if (group == 0 || (grouped && group != 3)) {
					throw new IllegalArgumentException("misplaced decimal separator");
				}
				decimal = true;
				digits.append('.');
			}
			else if (!decimal && style.isGrouping(c)) {
				// The first group has 1 to 3 digits, every later one exactly 3.
				if (group == 0 || group > 3 || (grouped && group != 3)) {
					throw new IllegalArgumentException("misplaced thousands separator");
				}
				grouped = true;
				groups++;
				group = 0;
			}
			else {
				throw new IllegalArgumentException("unexpected character");
			}
		}
		if (digits.length() == 0 || (decimal && fractionDigits == 0) || (grouped && !decimal && group != 3)
				|| (groups > 0 && group == 0)) {
			throw new IllegalArgumentException("incomplete number");
		}
		BigDecimal value = new BigDecimal(digits.toString());
		return negative ? value.negate() : value;
	}

	/**
	 * Writes a number as the language does, with its thousands separator and at least
	 * {@code minFraction} and at most {@code maxFraction} decimals.
	 */
	public static String format(BigDecimal value, Locale locale, int minFraction, int maxFraction) {
		DecimalFormat format = (DecimalFormat) java.text.NumberFormat.getNumberInstance(formatting(locale));
		format.setMinimumFractionDigits(minFraction);
		format.setMaximumFractionDigits(maxFraction);
		format.setRoundingMode(java.math.RoundingMode.HALF_UP);
		format.setGroupingUsed(true);
		return format.format(value);
	}

	/**
	 * A number as an input field shows it: the language's decimal separator, every
	 * decimal the value has and no thousands separator (plain digits are what most people
	 * type), so that reading it back gives the same value.
	 */
	public static String formatForInput(BigDecimal value, Locale locale) {
		String plain = value.toPlainString();
		return plain.replace('.', Style.of(locale).decimal());
	}

}
