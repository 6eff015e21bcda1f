package eu.ka122.planner.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import com.ibm.icu.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Reads the message files the way Spring Boot does (UTF-8) and renders keys with ICU
 * MessageFormat, as the application does.
 */
public final class MessageFiles {

	private MessageFiles() {
	}

	public static Properties load(String resource) {
		try (InputStream in = MessageFiles.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The English text, failing when the key is missing or a placeholder stays
	 * unresolved.
	 */
	public static String render(Properties messages, String key, List<Object> args) {
		String pattern = messages.getProperty(key);
		if (pattern == null) {
			throw new AssertionError("No text for " + key);
		}
		String text = new MessageFormat(pattern, Locale.UK).format(args.toArray());
		if (text.contains("{") || text.contains("}")) {
			throw new AssertionError(key + " leaves a placeholder: " + text);
		}
		return text;
	}

}
