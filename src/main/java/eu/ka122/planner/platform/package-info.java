/**
 * Platform: security configuration, the base web layout, error pages, locale handling and
 * the local embedded PostgreSQL. Holds no business flow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = { "shared", "audit" })
package eu.ka122.planner.platform;
