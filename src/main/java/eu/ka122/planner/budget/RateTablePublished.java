package eu.ka122.planner.budget;

/**
 * A draft became the newest published version of its call year: drafts and estimates of
 * the call year now use it. Published inside the publishing transaction; listeners that
 * refresh caches (rate-table lookups forget the previous newest version) or recompute
 * drafts react after commit.
 */
public record RateTablePublished(int callYear, int version, String publishedBy) {
}
