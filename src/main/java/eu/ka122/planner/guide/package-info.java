/**
 * Guide: the public questionnaire "Is KA122 the right action for you?", which tells a
 * school whether a short-term mobility project (KA122) fits its plans or whether an
 * Erasmus accreditation, a mobility consortium or a KA2 cooperation partnership suits it
 * better. The advice is the pure {@code guide.domain} core; {@code web} serves the page.
 * Nothing is stored.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Guide", allowedDependencies = "shared")
package eu.ka122.planner.guide;
