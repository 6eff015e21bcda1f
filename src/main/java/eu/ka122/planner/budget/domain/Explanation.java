package eu.ka122.planner.budget.domain;

import java.util.List;

/**
 * How a budget line was computed, as a message key of {@code i18n/budget.properties} and
 * its arguments (counts, unit amounts, distances), so that the UI shows it in the
 * reader's language and an integration can still read the numbers.
 */
public record Explanation(String messageKey, List<Object> args) {

	public Explanation {
		args = List.copyOf(args);
	}

	public static Explanation of(String messageKey, Object... args) {
		return new Explanation(messageKey, List.of(args));
	}

}
