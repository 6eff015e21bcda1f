package eu.ka122.planner.drafting;

/**
 * Where an application stands. Decisions (approved, reserve, rejected) belong to the
 * review module.
 */
public enum ApplicationStatus {

	DRAFT, SUBMITTED, WITHDRAWN

}
