package eu.ka122.planner.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import eu.ka122.planner.geo.domain.City;

/**
 * Reads the gzipped TSV that {@code scripts/build-gazetteer.sh} writes: a header line
 * naming the columns (name, country, latitude, longitude, region, aliases), then one city
 * per line.
 */
final class GazetteerFile {

	private GazetteerFile() {
	}

	static List<City> read(InputStream gzipped) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new GZIPInputStream(gzipped, 64 * 1024), StandardCharsets.UTF_8))) {
			String header = reader.readLine();
			if (header == null) {
				throw new IllegalStateException("The gazetteer file is empty");
			}
			List<String> columns = Arrays.asList(header.split("\t", -1));
			int name = column(columns, "name");
			int country = column(columns, "country");
			int latitude = column(columns, "latitude");
			int longitude = column(columns, "longitude");
			int region = columns.indexOf("region");
			int aliases = columns.indexOf("aliases");
			// Thousands of cities share a country or region: keep one copy of each.
			Map<String, String> shared = new HashMap<>();
			List<City> cities = new ArrayList<>(64 * 1024);
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isEmpty()) {
					continue;
				}
				String[] fields = line.split("\t", -1);
				String code = shared.computeIfAbsent(appCountry(fields[country]), (c) -> c);
				String regionName = (region >= 0) ? shared.computeIfAbsent(fields[region], (r) -> r) : "";
				List<String> otherNames = (aliases >= 0 && !fields[aliases].isEmpty())
						? List.of(fields[aliases].split("\\|")) : List.of();
				cities.add(new City(cities.size(), fields[name], code, regionName, Double.parseDouble(fields[latitude]),
						Double.parseDouble(fields[longitude]), otherNames));
			}
			return cities;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the gazetteer file", ex);
		}
	}

	private static int column(List<String> columns, String name) {
		int index = columns.indexOf(name);
		if (index < 0) {
			throw new IllegalStateException("The gazetteer file has no column " + name);
		}
		return index;
	}

	/**
	 * The build script already writes EL; this keeps a file made from raw GeoNames codes
	 * right.
	 */
	private static String appCountry(String code) {
		return code.equals("GR") ? "EL" : code;
	}

}
