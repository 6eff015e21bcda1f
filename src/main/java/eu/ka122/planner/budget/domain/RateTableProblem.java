package eu.ka122.planner.budget.domain;

import java.util.List;

/**
 * Why a rate table cannot be published, for the administrator's screen.
 *
 * @param field where the problem is, e.g. {@code agencies[ES01].staff[2]} or
 * {@code travelBands[3]}
 * @param messageKey key of the text in {@code i18n/budget.properties}
 */
public record RateTableProblem(String field, String messageKey, List<Object> args) {

	public RateTableProblem {
		args = List.copyOf(args);
	}

	static RateTableProblem of(String field, String messageKey, Object... args) {
		return new RateTableProblem(field, messageKey, List.of(args));
	}

}
