package eu.ka122.planner.review;

/** Published, inside the assigning transaction, when an assessor is assigned. */
public record AssessorAssigned(long assignmentId, long applicationId, String reference, long assessorUserId) {
}
