/**
 * Audit: the append-only trail of security and business events (who, what, when, from
 * where). Any module records through {@link eu.ka122.planner.audit.AuditTrail}; the
 * database refuses updates and deletes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = "shared")
package eu.ka122.planner.audit;
