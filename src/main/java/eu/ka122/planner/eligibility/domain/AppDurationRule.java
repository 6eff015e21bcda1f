package eu.ka122.planner.eligibility.domain;

import java.util.Optional;

/** APP-DURATION: a short-term project lasts 6 to 18 whole months. */
final class AppDurationRule extends ApplicationRule {

	static final int MIN_MONTHS = 6;

	static final int MAX_MONTHS = 18;

	AppDurationRule() {
		super("APP-DURATION", Severity.ERROR, "Project duration", true, Fact.PROJECT_DATES);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input) {
		Integer months = input.project().durationMonths();
		if (months == null) {
			return Optional.of(Violation.variant("missing", MIN_MONTHS, MAX_MONTHS));
		}
		return (months >= MIN_MONTHS && months <= MAX_MONTHS) ? Optional.empty()
				: Optional.of(Violation.of(months, MIN_MONTHS, MAX_MONTHS));
	}

}
