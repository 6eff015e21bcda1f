package eu.ka122.planner.eligibility.domain;

/** How much a finding weighs; only an ERROR stops a submission. */
public enum Severity {

	/** The application cannot be submitted while the finding stands. */
	ERROR,

	/** Shown prominently; submission allowed. */
	WARNING,

	/** Guidance next to the activity or budget line. */
	INFO

}
