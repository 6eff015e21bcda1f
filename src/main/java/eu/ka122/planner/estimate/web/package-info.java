/**
 * The public faces of the estimate: the JSON estimate API
 * ({@code POST /api/v1/estimates}, rate-limited, RFC 9457 problems) and the budget
 * calculator page.
 */
package eu.ka122.planner.estimate.web;
