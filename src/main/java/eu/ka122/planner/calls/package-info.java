/**
 * Calls: per call year and round the submission deadline (Brussels time) and the project
 * start window, and which National Agencies opened round 2.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calls",
		allowedDependencies = { "shared", "accounts", "audit" })
package eu.ka122.planner.calls;
