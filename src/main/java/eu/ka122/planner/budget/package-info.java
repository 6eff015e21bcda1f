/**
 * Budget: rate tables (unit amounts, travel bands, country groups, each National Agency's
 * daily rates) and the unit-cost budget calculation of the rulebook. The calculation
 * itself is the pure {@code budget.domain} core; this package is the module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Budget",
		allowedDependencies = { "shared", "accounts", "audit" })
package eu.ka122.planner.budget;
