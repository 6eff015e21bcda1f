package eu.ka122.planner.estimate.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The API's texts, always in English. They live in {@code i18n/api.properties}; this
 * reads that bundle itself, backed by the application's messages, so the API's errors
 * never depend on how the application lists its bundles.
 */
final class ApiMessages {

	static final Locale LOCALE = Locale.ENGLISH;

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	ApiMessages(MessageSource parent) {
		this.messages.setBasename("i18n/api");
		this.messages.setDefaultEncoding("UTF-8");
		this.messages.setFallbackToSystemLocale(false);
		this.messages.setParentMessageSource(parent);
	}

	String get(String key, Object... args) {
		return this.messages.getMessage(key, args, LOCALE);
	}

}
