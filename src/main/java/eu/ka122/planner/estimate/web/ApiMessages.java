package eu.ka122.planner.estimate.web;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The API's texts ({@code i18n/api.properties}), always in English: the API's contract
 * names English messages, whatever language a browser asks for.
 */
final class ApiMessages {

	static final Locale LOCALE = Locale.ENGLISH;

	private final MessageSource messages;

	ApiMessages(MessageSource messages) {
		this.messages = messages;
	}

	String get(String key, Object... args) {
		return this.messages.getMessage(key, args, LOCALE);
	}

}
