/**
 * City search over HTTP: an HTML fragment of {@code <option>} elements for htmx
 * autocompletion ({@code GET /geo/cities}) and the same search as JSON
 * ({@code GET /api/v1/cities}). Both are public.
 */
package eu.ka122.planner.geo.web;
