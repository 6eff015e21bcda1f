/**
 * The PDF of a submitted application, laid out like the official form and made from its
 * frozen snapshot.
 */
package eu.ka122.planner.drafting.pdf;
