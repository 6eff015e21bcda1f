package eu.ka122.planner.eligibility.domain;

import java.util.Optional;

/**
 * APP-THREE-IN-FIVE: at most three grants in any five consecutive call years; grants of
 * the 2014–2020 programme do not count.
 */
final class AppThreeInFiveRule extends ApplicationRule {

	static final int MAX_GRANTS = 3;

	static final int YEARS = 5;

	static final int FIRST_COUNTED_CALL_YEAR = 2021;

	AppThreeInFiveRule() {
		super("APP-THREE-IN-FIVE", Severity.ERROR, "Number of applications", true, Fact.GRANT_HISTORY);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input) {
		int callYear = input.plan().callYear();
		int from = Math.max(callYear - (YEARS - 1), FIRST_COUNTED_CALL_YEAR);
		// The agency's own list may repeat a grant the system also decided: a grant
		// counts once.
		long grants = input.applicant()
			.grants()
			.stream()
			.filter((grant) -> grant.callYear() >= from && grant.callYear() <= callYear)
			.distinct()
			.count();
		return (grants < MAX_GRANTS) ? Optional.empty() : Optional.of(Violation.of(grants, from, callYear));
	}

}
