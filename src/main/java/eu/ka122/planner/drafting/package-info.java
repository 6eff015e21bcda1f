/**
 * Drafting: applications written by school coordinators, from an empty draft to a
 * submitted application with its frozen snapshot and reference number. Other modules
 * learn of submissions through {@link eu.ka122.planner.drafting.ApplicationSubmitted} and
 * read them through {@link eu.ka122.planner.drafting.Applications}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Drafting", allowedDependencies = { "shared", "accounts",
		"estimate", "budget", "budget :: domain", "eligibility :: domain", "calls", "geo", "audit" })
package eu.ka122.planner.drafting;
