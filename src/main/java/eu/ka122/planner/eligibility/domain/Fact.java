package eu.ka122.planner.eligibility.domain;

/**
 * The optional inputs a rule may need. A rule runs only when all of its facts are known,
 * so a caller decides which rules run by what it passes, not by naming rules.
 */
public enum Fact {

	/** The applicant's organisation type and accreditation. */
	ORGANISATION,

	/** The project's start date and duration. */
	PROJECT_DATES,

	/** The grants the organisation received in earlier calls. */
	GRANT_HISTORY,

	/** The organisation's other submitted applications. */
	SUBMISSIONS,

	/** The moment of submission. */
	CLOCK,

	/** The declaration on honour. */
	DECLARATION,

	/** Figures of the computed budget. */
	BUDGET,

	/** The call's deadlines, start windows and whether round 2 is open. */
	CALL;

	boolean isKnownIn(EligibilityInput input) {
		return switch (this) {
			case ORGANISATION, GRANT_HISTORY, SUBMISSIONS -> input.applicant() != null;
			case PROJECT_DATES -> input.project() != null;
			case CLOCK -> input.submission() != null && input.submission().now() != null;
			case DECLARATION -> input.submission() != null;
			case BUDGET -> input.budget() != null;
			case CALL -> input.call() != null;
		};
	}

}
