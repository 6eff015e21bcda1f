package eu.ka122.planner.budget;

/**
 * A rate-table version was published: drafts and estimates of the call year now use it.
 * Whoever publishes a version publishes this event in the same transaction; rate-table
 * lookups forget the previous newest version once that transaction commits.
 */
public record RateTablePublished(int callYear, int version) {

}
