package eu.ka122.planner.platform.i18n;

import java.math.BigDecimal;
import java.util.Locale;

import eu.ka122.planner.shared.LocalNumbers;

import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;

/**
 * The one way every form reads and shows numbers: in the page's language through
 * {@link LocalNumbers}. A number that language does not write is a binding error
 * ({@code typeMismatch}) at its field, shown in the error summary like every other error.
 * Whole numbers are shown without thousands separators: most are years, rounds, days and
 * counts, and 2026 must not become 2.026.
 */
final class NumberFormatters {

	private NumberFormatters() {
	}

	static void register(FormatterRegistry registry) {
		registry.addFormatterForFieldType(BigDecimal.class, new Decimals());
		registry.addFormatterForFieldType(Integer.class, new Wholes<>(Integer.class));
		registry.addFormatterForFieldType(int.class, new Wholes<>(Integer.class));
		registry.addFormatterForFieldType(Long.class, new Wholes<>(Long.class));
		registry.addFormatterForFieldType(long.class, new Wholes<>(Long.class));
	}

	static final class Decimals implements Formatter<BigDecimal> {

		@Override
		public BigDecimal parse(String text, Locale locale) {
			return LocalNumbers.parse(text, locale).orElse(null);
		}

		@Override
		public String print(BigDecimal value, Locale locale) {
			return LocalNumbers.formatForInput(value, locale);
		}

	}

	static final class Wholes<T extends Number> implements Formatter<T> {

		private final Class<T> type;

		Wholes(Class<T> type) {
			this.type = type;
		}

		@Override
		public T parse(String text, Locale locale) {
			Long value = LocalNumbers.parseWhole(text, locale).orElse(null);
			if (value == null) {
				return null;
			}
			if (this.type == Integer.class) {
				if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
					throw new IllegalArgumentException("too large");
				}
				return this.type.cast(value.intValue());
			}
			return this.type.cast(value);
		}

		@Override
		public String print(T value, Locale locale) {
			return value.toString();
		}

	}

}
