/**
 * The pure core of the budget: rate tables (the Guide's unit amounts, the travel bands,
 * the country groups and each National Agency's daily rates) and the calculator that
 * turns an application plan into a breakdown by activity and budget category, each line
 * with an explanation a coordinator can check by hand. It depends on nothing but the JDK
 * and the shared vocabulary, so that the same numbers come out of the live estimate, the
 * drafting screens and the National Agency's review.
 */
@org.springframework.modulith.NamedInterface("domain")
package eu.ka122.planner.budget.domain;
