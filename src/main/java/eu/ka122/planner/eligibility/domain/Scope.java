package eu.ka122.planner.eligibility.domain;

/** What a rule looks at: the application as a whole, or each activity row. */
public enum Scope {

	APPLICATION, ACTIVITY

}
