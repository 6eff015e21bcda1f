package eu.ka122.planner.geo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import eu.ka122.planner.geo.domain.City;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerFileTests {

	@Test
	void readsCitiesWithRegionAndOtherNames() throws IOException {
		List<City> cities = GazetteerFile.read(gzip("""
				name\tcountry\tlatitude\tlongitude\tregion\taliases
				The Hague\tNL\t52.07667\t4.29861\tSouth Holland\tDen Haag|'s-Gravenhage
				Madrid\tES\t40.4165\t-3.70256\tMadrid\t
				"""));
		assertThat(cities).containsExactly(
				new City(0, "The Hague", "NL", "South Holland", 52.07667, 4.29861,
						List.of("Den Haag", "'s-Gravenhage")),
				new City(1, "Madrid", "ES", "Madrid", 40.4165, -3.70256));
	}

	@Test
	void writesGreeceAsElEvenInAFileThatSaysGr() throws IOException {
		List<City> cities = GazetteerFile.read(gzip("""
				name\tcountry\tlatitude\tlongitude
				Athens\tGR\t37.98376\t23.72784
				"""));
		assertThat(cities).extracting(City::country).containsExactly("EL");
		assertThat(cities.get(0).region()).isEmpty();
	}

	private static ByteArrayInputStream gzip(String text) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return new ByteArrayInputStream(bytes.toByteArray());
	}

}
