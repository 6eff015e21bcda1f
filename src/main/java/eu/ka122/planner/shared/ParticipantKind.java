package eu.ka122.planner.shared;

/**
 * Who travels in an activity, which decides the rates and which activities count as
 * mobility.
 */
public enum ParticipantKind {

	STAFF, LEARNER, OTHER

}
