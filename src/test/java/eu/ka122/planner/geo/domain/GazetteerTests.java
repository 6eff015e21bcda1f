package eu.ka122.planner.geo.domain;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTests {

	private final Gazetteer gazetteer = new Gazetteer(
			List.of(new City(0, "Köln", "DE", "North Rhine-Westphalia", 50.93333, 6.95, List.of("Cologne")),
					new City(1, "Cologne", "IT", "Lombardy", 45.57862, 9.9418),
					new City(2, "Kolno", "PL", "Podlasie", 53.41173, 21.93349),
					new City(3, "Frankfurt am Main", "DE", "Hesse", 50.11552, 8.68417, List.of("Frankfurt")),
					new City(4, "Frankfurt (Oder)", "DE", "Brandenburg", 52.34714, 14.55062),
					new City(5, "The Hague", "NL", "South Holland", 52.07667, 4.29861,
							List.of("Den Haag", "'s-Gravenhage")),
					new City(6, "Haguenau", "FR", "Grand Est", 48.81557, 7.79051),
					new City(7, "Malmö", "SE", "Skåne", 55.60587, 13.00073),
					new City(8, "Łódź", "PL", "Łódź Voivodeship", 51.77058, 19.47395),
					new City(9, "Athens", "EL", "Attica", 37.98376, 23.72784, List.of("Athína")),
					new City(10, "Neukirchen", "DE", "Saxony", 50.86667, 12.86667),
					new City(11, "Neukirchen", "DE", "Bavaria", 49.2, 12.96667),
					new City(12, "Roma", "RO", "Botoşani", 47.83333, 26.6),
					new City(13, "Rome", "IT", "Lazio", 41.89193, 12.51133, List.of("Roma"))));

	@Test
	void findsKolnWithOrWithoutUmlautInAnyCase() {
		for (String typed : List.of("koln", "Köln", "KÖLN", " köln ")) {
			assertThat(this.gazetteer.find(typed, "DE")).map(City::name).as(typed).contains("Köln");
			assertThat(this.gazetteer.search(typed, null, 5)).first().extracting(City::name).isEqualTo("Köln");
		}
	}

	@Test
	void findsCitiesWrittenWithLettersThatDoNotDecompose() {
		assertThat(this.gazetteer.find("Malmo", "SE")).map(City::name).contains("Malmö");
		assertThat(this.gazetteer.find("LODZ", "PL")).map(City::name).contains("Łódź");
		assertThat(this.gazetteer.search("lod", null, 5)).extracting(City::name).containsExactly("Łódź");
	}

	@Test
	void searchesByPrefixOfTheWholeName() {
		assertThat(this.gazetteer.search("kol", null, 10)).extracting(City::name).containsExactly("Köln", "Kolno");
		assertThat(this.gazetteer.search("Frankfurt (", "DE", 10)).extracting(City::name)
			.containsExactlyInAnyOrder("Frankfurt am Main", "Frankfurt (Oder)");
	}

	@Test
	void searchesByPrefixOfALaterWordAfterWholeNamePrefixes() {
		assertThat(this.gazetteer.search("hague", null, 10)).extracting(City::name)
			.containsExactly("Haguenau", "The Hague");
		assertThat(this.gazetteer.search("oder", null, 10)).extracting(City::name).containsExactly("Frankfurt (Oder)");
		assertThat(this.gazetteer.search("am main", null, 10)).extracting(City::name)
			.containsExactly("Frankfurt am Main");
	}

	@Test
	void findsCitiesByTheirOtherNames() {
		assertThat(this.gazetteer.find("Den Haag", "NL")).map(City::name).contains("The Hague");
		assertThat(this.gazetteer.find("'s-Gravenhage", "NL")).map(City::name).contains("The Hague");
		assertThat(this.gazetteer.find("Frankfurt", "DE")).map(City::name).contains("Frankfurt am Main");
		assertThat(this.gazetteer.find("Athina", "EL")).map(City::name).contains("Athens");
		assertThat(this.gazetteer.search("den h", null, 5)).extracting(City::name).containsExactly("The Hague");
	}

	@Test
	void putsTheExactNameFirstThenAnExactOtherNameThenPrefixes() {
		assertThat(this.gazetteer.search("cologne", null, 10)).extracting(City::country).containsExactly("IT", "DE");
		assertThat(this.gazetteer.search("roma", null, 10)).extracting(City::name).containsExactly("Roma", "Rome");
		assertThat(this.gazetteer.search("fra", "DE", 10)).extracting(City::name)
			.containsExactly("Frankfurt (Oder)", "Frankfurt am Main");
		assertThat(this.gazetteer.search("frankfurt", "DE", 10)).extracting(City::name)
			.containsExactly("Frankfurt am Main", "Frankfurt (Oder)");
	}

	@Test
	void ordersEqualMatchesShortestFirstThenAlphabetically() {
		Gazetteer places = new Gazetteer(List.of(new City(0, "Bergamo", "IT", "", 45.7, 9.7),
				new City(1, "Berlin", "DE", "", 52.5, 13.4), new City(2, "Bern", "CH", "", 46.9, 7.4),
				new City(3, "Bergen", "NO", "", 60.4, 5.3), new City(4, "Béziers", "FR", "", 43.3, 3.2)));
		assertThat(places.search("be", null, 10)).extracting(City::name)
			.containsExactly("Bern", "Bergen", "Berlin", "Bergamo", "Béziers");
	}

	@Test
	void keepsToTheCountryAsked() {
		assertThat(this.gazetteer.search("rom", "IT", 10)).extracting(City::name).containsExactly("Rome");
		assertThat(this.gazetteer.find("Roma", "IT")).map(City::name).contains("Rome");
		assertThat(this.gazetteer.find("Roma", "RO")).map(City::name).contains("Roma");
		assertThat(this.gazetteer.search("rom", "US", 10)).isEmpty();
		assertThat(this.gazetteer.find("Rome", "US")).isEmpty();
	}

	@Test
	void listsEveryCityOfAnAmbiguousNameAndFindsTheFirst() {
		assertThat(this.gazetteer.findAll("Neukirchen", "DE")).extracting(City::region)
			.containsExactly("Bavaria", "Saxony");
		assertThat(this.gazetteer.find("neukirchen", "DE")).map(City::region).contains("Bavaria");
	}

	@Test
	void listsACityOnceWhenSeveralOfItsNamesMatch() {
		assertThat(this.gazetteer.search("the", null, 10)).extracting(City::name).containsExactly("The Hague");
		assertThat(this.gazetteer.findAll("roma", "IT")).extracting(City::name).containsExactly("Rome");
	}

	@Test
	void findsNothingForABlankQueryOrAZeroLimit() {
		assertThat(this.gazetteer.search("  ", null, 10)).isEmpty();
		assertThat(this.gazetteer.search("k", null, 0)).isEmpty();
		assertThat(this.gazetteer.find("", "DE")).isEmpty();
		assertThat(this.gazetteer.find("Kol", "DE")).isEmpty();
	}

	@Test
	void returnsTheBestCitiesWhenMoreMatchThanTheLimit() {
		List<City> many = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			// Descending lengths in input order, so the best come last.
			many.add(new City(i, "Sankt " + "x".repeat(500 - i), "AT", "", 47, 15));
		}
		many.add(new City(500, "Sankt", "AT", "", 47, 15));
		Gazetteer places = new Gazetteer(many);
		assertThat(places.search("sankt", null, 3)).extracting(City::id).containsExactly(500, 499, 498);
		assertThat(places.search("x", null, 2)).extracting(City::id).containsExactly(499, 498);
	}

}
