package eu.ka122.planner.budget;

/** A draft can change; a published version never does. */
public enum RateTableStatus {

	DRAFT, PUBLISHED

}
