/**
 * Review: National Agency assessment, scoring, ranking and decisions. So far the pure
 * {@code review.domain} core (award criteria, scores, third-assessment flag, ranking with
 * the budget cut-off); persistence and screens follow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review", allowedDependencies = "shared")
package eu.ka122.planner.review;
