package eu.ka122.planner.platform.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;
import eu.ka122.planner.shared.LocalNumbers;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The application's messages, read from the bundles as Spring reads them (UTF-8, the
 * language's file falling back to the English one) but formatted by ICU's MessageFormat.
 * The JDK's MessageFormat knows only {@code choice}, which cannot say Polish "2 pliki, 5
 * plików, 22 pliki"; ICU's {@code plural} picks the language's CLDR category (one, few,
 * many, other) and its {@code #} and {@code number} arguments write the number as the
 * reader's language does.
 *
 * <p>
 * Every message goes through the formatter, with or without arguments, so a bundle writes
 * an apostrophe the same way everywhere ({@code ''} or the typographic ’). Dates
 * ({@code java.time} values as well) are written as the reader's language writes them;
 * English as in Ireland and the United Kingdom (1 June 2027).
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

	private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

	public IcuMessageSource() {
		setDefaultEncoding("UTF-8");
		setFallbackToSystemLocale(false);
	}

	@Override
	protected String getMessageInternal(String code, Object[] args, Locale locale) {
		if (code == null) {
			return null;
		}
		Locale language = (locale != null) ? locale : Locale.ENGLISH;
		String pattern = resolveCodeWithoutArguments(code, language);
		if (pattern == null) {
			return (getParentMessageSource() != null) ? getMessageFromParent(code, args, language) : null;
		}
		return format(pattern, resolveArguments(args, language), language);
	}

	@Override
	protected String formatMessage(String message, Object[] args, Locale locale) {
		if (args == null || args.length == 0) {
			return message;
		}
		try {
			return format(message, args, locale);
		}
		catch (IllegalArgumentException ex) {
			// A default message that is no pattern (a validator's own text) is shown as
			// it is.
			return message;
		}
	}

	private String format(String pattern, Object[] args, Locale locale) {
		MessageFormat format = this.formats.computeIfAbsent(locale, (l) -> new ConcurrentHashMap<>())
			.computeIfAbsent(pattern, (p) -> new MessageFormat(p, LocalNumbers.formatting(locale)));
		synchronized (format) {
			return format.format((args != null) ? args : new Object[0]);
		}
	}

}
