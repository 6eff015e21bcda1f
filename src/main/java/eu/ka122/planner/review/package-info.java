/**
 * Review: National Agency assessment, scoring, ranking and decisions. It learns of
 * submissions through drafting's {@code ApplicationSubmitted} event and reads them
 * through drafting's {@code Submissions} API; it tells drafting of decisions through the
 * {@code ReviewOutcomes} interface drafting declares. The pure core (criteria, scores,
 * ranking) is {@code review.domain}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review",
		allowedDependencies = { "shared", "accounts", "drafting", "drafting :: pdf", "estimate", "budget",
				"budget :: domain", "eligibility :: domain", "audit", "notifications" })
package eu.ka122.planner.review;
