/**
 * The pure core of the geo module: the in-memory gazetteer with its folded-name prefix
 * index, name folding (case, accents and letters such as ß, ø or ł) and the great-circle
 * distance. Only {@code java.*} and the shared module are imported here.
 */
package eu.ka122.planner.geo.domain;
