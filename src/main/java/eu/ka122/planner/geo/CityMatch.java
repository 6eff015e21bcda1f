package eu.ka122.planner.geo;

/**
 * A city of the gazetteer as other modules see it.
 *
 * @param name the gazetteer's name for it ("Frankfurt am Main", "The Hague")
 * @param country the app's country code ({@code EL} for Greece)
 * @param region the first-level administrative division, "" if unknown
 * @param latitude degrees north
 * @param longitude degrees east
 */
public record CityMatch(String name, String country, String region, double latitude, double longitude) {
}
