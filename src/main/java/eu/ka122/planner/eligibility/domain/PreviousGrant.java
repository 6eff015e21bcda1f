package eu.ka122.planner.eligibility.domain;

/**
 * A KA122-SCH grant the organisation was awarded, from the system's decisions or the
 * agency's own list.
 */
public record PreviousGrant(int callYear, int round) {

}
