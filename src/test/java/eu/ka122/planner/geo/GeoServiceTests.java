package eu.ka122.planner.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import eu.ka122.planner.shared.Countries;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Against the shipped gazetteer, {@code src/main/resources/geo/cities.tsv.gz}. */
class GeoServiceTests {

	/** Loading takes a fraction of a second: share one service between the tests. */
	private static final GeoService geo = new GeoService();

	@Test
	void findsMadridAndRomeWithTheRulebookCoordinates() {
		assertThat(geo.find("Madrid", "ES")).contains(new CityMatch("Madrid", "ES", "Madrid", 40.4165, -3.70256));
		assertThat(geo.find("Rome", "IT")).contains(new CityMatch("Rome", "IT", "Lazio", 41.89193, 12.51133));
	}

	@Test
	void computesMadridToRomeAsTheRulebookDoes() {
		assertThat(geo.distanceKm("Madrid", "ES", "Rome", "IT")).contains(new BigDecimal("1365.28"));
		assertThat(geo.distanceKm("madrid", "es", "Roma", "it")).contains(new BigDecimal("1365.28"));
	}

	@Test
	void hasNoDistanceWhenACityIsUnknown() {
		assertThat(geo.distanceKm("Madrid", "ES", "Atlantis", "IT")).isEmpty();
		assertThat(geo.distanceKm("Madrid", "FR", "Rome", "IT")).isEmpty();
	}

	@Test
	void findsKolnTypedWithoutUmlautOrInCapitals() {
		for (String typed : new String[] { "koln", "Köln", "KÖLN" }) {
			assertThat(geo.find(typed, "DE")).map(CityMatch::name).as(typed).contains("Köln");
			assertThat(geo.search(typed, "DE", 5)).first().extracting(CityMatch::name).isEqualTo("Köln");
		}
	}

	@Test
	void findsCitiesWhateverTheirLettersAreTypedAs() {
		assertThat(geo.find("malmo", "SE")).map(CityMatch::name).contains("Malmö");
		assertThat(geo.find("LODZ", "PL")).map(CityMatch::name).contains("Łódź");
		assertThat(geo.find("krakow", "PL")).map(CityMatch::name).contains("Kraków");
		assertThat(geo.find("Iasi", "RO")).map(CityMatch::name).contains("Iaşi");
		assertThat(geo.find("izmir", "TR")).map(CityMatch::name).contains("İzmir");
	}

	@Test
	void writesGreeceAsElAndAcceptsGrOnInput() {
		assertThat(geo.find("Athens", null)).map(CityMatch::country).contains("EL");
		assertThat(geo.find("Athens", "GR")).map(CityMatch::country).contains("EL");
		assertThat(geo.find("athens", "el")).map(CityMatch::country).contains("EL");
		assertThat(geo.search("thessal", "GR", 5)).extracting(CityMatch::name).contains("Thessaloníki");
		assertThat(geo.search("thessal", "EL", 5)).isEqualTo(geo.search("thessal", "GR", 5));
	}

	@Test
	void findsTheEuInstitutionSeatsByTheNamesTheRulebookUses() {
		assertThat(geo.find("Brussels", "BE")).isPresent();
		assertThat(geo.find("Bruxelles", "BE")).map(CityMatch::name).contains("Brussels");
		assertThat(geo.find("Frankfurt am Main", "DE")).isPresent();
		assertThat(geo.find("Frankfurt", "DE")).map(CityMatch::name).contains("Frankfurt am Main");
		assertThat(geo.find("Luxembourg", "LU")).isPresent();
		assertThat(geo.find("Strasbourg", "FR")).isPresent();
		assertThat(geo.find("The Hague", "NL")).isPresent();
		assertThat(geo.find("Den Haag", "NL")).map(CityMatch::name).contains("The Hague");
		assertThat(geo.search("hague", "NL", 5)).extracting(CityMatch::name).contains("The Hague");
	}

	@Test
	void keepsToTheCountryAsked() {
		assertThat(geo.search("porto", "PT", 20)).extracting(CityMatch::country).containsOnly("PT");
		assertThat(geo.search("porto", null, 20)).extracting(CityMatch::country).contains("PT", "IT", "ES");
		assertThat(geo.search("Paris", "US", 20)).isEmpty();
	}

	@Test
	void rejectsWhatIsNoCountryCode() {
		assertThatExceptionOfType(InvalidCountryCodeException.class).isThrownBy(() -> geo.search("Rome", "ITA", 5));
		assertThatExceptionOfType(InvalidCountryCodeException.class).isThrownBy(() -> geo.find("Rome", "1T"));
		assertThatExceptionOfType(InvalidCountryCodeException.class).isThrownBy(() -> geo.find("Rome", "XX"));
	}

	@Test
	void shipsOnlyCitiesOfEligibleCountries() throws IOException {
		Set<String> countries = new HashSet<>();
		try (InputStream in = GeoService.class.getClassLoader().getResourceAsStream(GeoService.RESOURCE);
				BufferedReader reader = new BufferedReader(
						new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
			assertThat(reader.readLine()).isEqualTo("name\tcountry\tlatitude\tlongitude\tregion\taliases");
			reader.lines().forEach((line) -> countries.add(line.split("\t")[1]));
		}
		assertThat(countries).isEqualTo(Countries.ELIGIBLE);
		assertThat(geo.find("London", "GB")).isEmpty();
		assertThat(geo.find("New York City", "US")).isEmpty();
		assertThat(geo.search("new york", null, 5)).isEmpty();
		assertThat(geo.cityCount()).isGreaterThan(50_000);
	}

}
