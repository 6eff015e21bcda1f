package eu.ka122.planner.platform.i18n;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.function.Function;

import eu.ka122.planner.shared.LocalNumbers;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The one way every form reads and shows numbers: in the page's language through
 * {@link LocalNumbers}. A number that language does not write is a binding error
 * ({@code typeMismatch}) at its field, shown in the error summary like every other error.
 *
 * <p>
 * Editors, not conversion-service formatters: when a formatter refuses a value, Spring's
 * binder tries its default editors next, which read {@code 1.5} on a German page as one
 * and a half. An editor registered on the binder is the only reader of its type. Whole
 * numbers are shown without thousands separators: most are years, rounds, days and
 * counts, and 2026 must not become 2.026.
 */
@ControllerAdvice
class NumberEditors {

	@InitBinder
	void readNumbersInThePagesLanguage(WebDataBinder binder) {
		binder.registerCustomEditor(BigDecimal.class,
				new Editor<>((text) -> LocalNumbers.parse(text, LocaleContextHolder.getLocale()).orElse(null),
						(value) -> LocalNumbers.formatForInput(value, LocaleContextHolder.getLocale())));
		binder.registerCustomEditor(Integer.class,
				new Editor<>((text) -> LocalNumbers.parseInt(text, LocaleContextHolder.getLocale()), String::valueOf));
		binder.registerCustomEditor(Long.class,
				new Editor<>((text) -> LocalNumbers.parseWhole(text, LocaleContextHolder.getLocale()).orElse(null),
						String::valueOf));
	}

	/** Reads and writes one number type; blank is no value. */
	private static final class Editor<T> extends PropertyEditorSupport {

		private final Function<String, T> read;

		private final Function<T, String> write;

		Editor(Function<String, T> read, Function<T, String> write) {
			this.read = read;
			this.write = write;
		}

		@Override
		public void setAsText(String text) {
			setValue(this.read.apply(text));
		}

		@Override
		@SuppressWarnings("unchecked")
		public String getAsText() {
			Object value = getValue();
			return (value == null) ? "" : this.write.apply((T) value);
		}

	}

}
