/**
 * Vocabulary shared by every module of the KA122 Planner: country codes as the Commission
 * writes them, the activity and organisation types of KA122-SCH, an application plan with
 * its activity rows, and money rounding. It holds values and their invariants only, never
 * a business flow, so that the pure eligibility and budget cores can depend on it and on
 * nothing else.
 */
package eu.ka122.planner.shared;
