package eu.ka122.planner.drafting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The texts a submission's snapshot holds (eligibility findings, budget explanations) in
 * the reader's language. A snapshot keeps each text's message key and arguments beside
 * the English text written at submission; the key and arguments give the text in any
 * language the app speaks, the English text is what older snapshots (and a key a later
 * version no longer has) show.
 */
@Component("snapshotTexts")
public class SnapshotTexts {

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2})?");

	private final MessageSource messages;

	public SnapshotTexts(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * A snapshot entry's text in the language: {@code entry} holds {@code key},
	 * {@code args} and the frozen English {@code text} under {@code textField}.
	 */
	public String text(Map<?, ?> entry, String textField, Locale locale) {
		Object frozen = entry.get(textField);
		if (entry.get("key") instanceof String key && entry.get("args") instanceof List<?> args) {
			try {
				return this.messages.getMessage(key, arguments(args), locale);
			}
			catch (RuntimeException ex) {
				// a key or an argument this version cannot render: the text as submitted
			}
		}
		return (frozen != null) ? frozen.toString() : "";
	}

	/** For the templates: the entry's text in the reader's language. */
	public String text(Map<?, ?> entry, String textField) {
		return text(entry, textField, LocaleContextHolder.getLocale());
	}

	/** The arguments as a snapshot stores them: dates and times as ISO text. */
	static List<Object> stored(List<Object> args) {
		List<Object> stored = new ArrayList<>(args.size());
		for (Object arg : args) {
			stored.add((arg instanceof LocalDate || arg instanceof LocalTime) ? arg.toString() : arg);
		}
		return stored;
	}

	private static Object[] arguments(List<?> stored) {
		Object[] args = new Object[stored.size()];
		for (int i = 0; i < args.length; i++) {
			Object arg = stored.get(i);
			if (arg instanceof String text) {
				try {
					arg = DATE.matcher(text).matches() ? LocalDate.parse(text)
							: TIME.matcher(text).matches() ? LocalTime.parse(text) : text;
				}
				catch (DateTimeParseException ex) {
					// text that only looks like a date stays text
				}
			}
			args[i] = arg;
		}
		return args;
	}

}
