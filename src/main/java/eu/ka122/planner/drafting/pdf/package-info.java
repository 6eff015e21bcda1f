/**
 * The PDF of a submitted application, laid out like the official form and made from its
 * frozen snapshot; the review module renders the same PDF for the agency.
 */
@org.springframework.modulith.NamedInterface("pdf")
package eu.ka122.planner.drafting.pdf;
