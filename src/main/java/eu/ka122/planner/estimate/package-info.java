/**
 * Estimate: runs the budget calculation and the eligibility rules together on an
 * application plan with the right rate table and call configuration. The public estimate
 * API, the budget calculator page and the application form all go through
 * {@link eu.ka122.planner.estimate.Estimates}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Estimate", allowedDependencies = { "shared", "budget",
		"budget :: domain", "eligibility", "eligibility :: domain", "calls", "geo" })
package eu.ka122.planner.estimate;
