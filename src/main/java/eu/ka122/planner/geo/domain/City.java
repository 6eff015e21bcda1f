package eu.ka122.planner.geo.domain;

import java.util.List;
import java.util.Objects;

/**
 * A place of the gazetteer.
 *
 * @param id position in the source data, the last tie-break between otherwise equal
 * cities
 * @param name the GeoNames main name, as shown to people
 * @param country the app's country code (ISO 3166-1 alpha-2, but {@code EL} for Greece)
 * @param region the first-level administrative division (Land, région, provincia…), or ""
 * if unknown
 * @param latitude degrees north
 * @param longitude degrees east
 * @param aliases other names the city is known by (Wien for Vienna, Den Haag for The
 * Hague)
 */
public record City(int id, String name, String country, String region, double latitude, double longitude,
		List<String> aliases) {

	public City {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(country, "country");
		region = region == null ? "" : region;
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
	}

	public City(int id, String name, String country, String region, double latitude, double longitude) {
		this(id, name, country, region, latitude, longitude, List.of());
	}

}
