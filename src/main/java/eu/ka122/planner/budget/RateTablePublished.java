package eu.ka122.planner.budget;

/**
 * A draft became the newest published version of its call year. Published inside the
 * publishing transaction; listeners that refresh caches or recompute drafts should react
 * after commit.
 */
public record RateTablePublished(int callYear, int version, String publishedBy) {
}
