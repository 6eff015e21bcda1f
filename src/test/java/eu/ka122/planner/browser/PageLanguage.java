package eu.ka122.planner.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.ka122.planner.shared.LocalNumbers;

import org.springframework.context.MessageSource;

/**
 * The language a journey reads the pages in: the texts it expects, looked up in the app's
 * own bundles through the app's message source (never written into the test), numbers as
 * that language writes and reads them ({@link LocalNumbers}), and what gives away a page
 * left in English: a word of the English bundles that this language's bundles never use,
 * or a number written the English way ({@code 81.0}, {@code 1,500.50}).
 */
final class PageLanguage {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

	/**
	 * A decimal point: {@code 81.0}, {@code 1,500.50}. A date such as {@code 19.02.2027}
	 * is not one (a dot or digit on either side).
	 */
	private static final Pattern ENGLISH_NUMBER = Pattern
		.compile("(?<![\\d.,])(?:\\d{1,3}(?:,\\d{3})+\\.\\d+|\\d+\\.\\d{1,2})(?![\\d.])");

	private static final String SPACES = "\u00A0\u202F\u2007";

	private final Locale locale;

	private final MessageSource messages;

	private final Set<String> englishOnly;

	private final Set<String> numbersOfTheBundles;

	private PageLanguage(Locale locale, MessageSource messages, Set<String> englishOnly,
			Set<String> numbersOfTheBundles) {
		this.locale = locale;
		this.messages = messages;
		this.englishOnly = englishOnly;
		this.numbersOfTheBundles = numbersOfTheBundles;
	}

	/**
	 * The language of that tag, with the bundles of {@code spring.messages.basename}.
	 */
	static PageLanguage of(String tag, MessageSource messages, String... basenames) {
		Locale locale = Locale.forLanguageTag(tag);
		if ("en".equals(locale.getLanguage())) {
			return new PageLanguage(locale, messages, Set.of(), Set.of());
		}
		List<String> english = values(basenames, "");
		List<String> translated = values(basenames, "_" + locale.getLanguage());
		Set<String> englishOnly = words(english);
		englishOnly.removeAll(words(translated));
		Set<String> numbers = new HashSet<>();
		for (String value : translated) {
			Matcher number = ENGLISH_NUMBER.matcher(value);
			while (number.find()) {
				numbers.add(number.group());
			}
		}
		return new PageLanguage(locale, messages, Set.copyOf(englishOnly), Set.copyOf(numbers));
	}

	/** The language's tag as the pages' {@code <html lang>} says it. */
	String tag() {
		return this.locale.getLanguage();
	}

	boolean isEnglish() {
		return "en".equals(tag());
	}

	/** The text of that key in this language, formatted as the app formats it. */
	String text(String key, Object... args) {
		return spaces(this.messages.getMessage(key, args, this.locale));
	}

	/** A number as this language writes it, e.g. {@code 1 365,28} in Polish. */
	String number(BigDecimal value, int minFraction, int maxFraction) {
		return spaces(LocalNumbers.format(value, this.locale, minFraction, maxFraction));
	}

	/** An amount as the pages show it, with two decimals. */
	String amount(BigDecimal value) {
		return number(value, 2, 2);
	}

	/**
	 * Reads a number as this language writes it; fails on any other way of writing it.
	 */
	BigDecimal read(String shown) {
		try {
			return LocalNumbers.parse(shown, this.locale)
				.orElseThrow(() -> new AssertionError("no number in \"" + shown + "\""));
		}
		catch (IllegalArgumentException ex) {
			throw new AssertionError("\"" + shown + "\" is no number as "
					+ this.locale.getDisplayLanguage(Locale.ENGLISH) + " writes it (" + ex.getMessage() + ")", ex);
		}
	}

	/**
	 * A number as this language writes it, with grouped thousands and any decimals.
	 */
	Pattern numberPattern() {
		LocalNumbers.Style style = LocalNumbers.Style.of(this.locale);
		String grouping = (style.grouping() == ' ') ? " " : Pattern.quote(String.valueOf(style.grouping()));
		return Pattern.compile(
				"\\d{1,3}(?:" + grouping + "\\d{3})*(?:" + Pattern.quote(String.valueOf(style.decimal())) + "\\d+)?");
	}

	/**
	 * What on a page is left in English: words of the English bundles this language never
	 * uses, and numbers written the English way. The page's own texts (names, what users
	 * typed) are taken out first; so are codes and references (a word without a
	 * lower-case letter, or with a digit).
	 */
	List<String> englishIn(String pageText, Collection<String> ownTexts) {
		if (isEnglish()) {
			return List.of();
		}
		String rest = spaces(pageText);
		List<String> own = new ArrayList<>(ownTexts.stream().map(PageLanguage::spaces).toList());
		own.sort(Comparator.comparingInt(String::length).reversed());
		for (String text : own) {
			if (!text.isBlank()) {
				rest = rest.replace(text, " ");
			}
		}
		Set<String> found = new LinkedHashSet<>();
		for (String chunk : rest.split("\\s+")) {
			if (chunk.chars().anyMatch(Character::isDigit) || chunk.chars().noneMatch(Character::isLowerCase)) {
				continue;
			}
			Matcher word = WORD.matcher(chunk);
			while (word.find()) {
				if (this.englishOnly.contains(word.group().toLowerCase(Locale.ROOT))) {
					found.add(word.group());
				}
			}
		}
		Matcher number = ENGLISH_NUMBER.matcher(rest);
		while (number.find()) {
			if (!this.numbersOfTheBundles.contains(number.group())) {
				found.add(number.group());
			}
		}
		return List.copyOf(found);
	}

	/**
	 * No-break and narrow no-break spaces (French and Polish thousands) as plain spaces:
	 * they look alike, and WebDriver's element text has them so already.
	 */
	static String spaces(String text) {
		StringBuilder plain = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			plain.append((SPACES.indexOf(c) >= 0) ? ' ' : c);
		}
		return plain.toString();
	}

	private static Set<String> words(List<String> values) {
		Set<String> words = new HashSet<>();
		for (String value : values) {
			Matcher word = WORD.matcher(value);
			while (word.find()) {
				words.add(word.group().toLowerCase(Locale.ROOT));
			}
		}
		return words;
	}

	private static List<String> values(String[] basenames, String suffix) {
		List<String> values = new ArrayList<>();
		for (String basename : basenames) {
			String name = basename.strip() + suffix + ".properties";
			try (InputStream in = PageLanguage.class.getClassLoader().getResourceAsStream(name)) {
				if (in == null) {
					throw new IllegalStateException("no bundle " + name);
				}
				Properties bundle = new Properties();
				bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
				bundle.stringPropertyNames().forEach((key) -> values.add(bundle.getProperty(key)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return values;
	}

}
