package eu.ka122.planner.eligibility.domain;

import java.util.List;

/**
 * A rule that does not hold, for the application or one activity row.
 *
 * @param ruleId the rulebook ID, part of the public contract
 * @param activityIndex the row's index from 0; null for an application-level rule
 * @param messageKey key of the text in {@code i18n/rules.properties}, usually
 * {@code rule.<ID>.message}
 * @param args the numbers and names the text shows
 */
public record Finding(String ruleId, Severity severity, Integer activityIndex, String messageKey, List<Object> args) {

	public Finding {
		args = List.copyOf(args);
	}

	public boolean isApplicationLevel() {
		return this.activityIndex == null;
	}

}
