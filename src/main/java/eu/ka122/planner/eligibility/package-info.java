/**
 * Eligibility: the rules engine and the rule catalogue of the rulebook. The rules are the
 * pure {@code eligibility.domain} core (exposed as the named interface {@code domain});
 * {@code web} serves the public rule catalogue page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Eligibility", allowedDependencies = "shared")
package eu.ka122.planner.eligibility;
