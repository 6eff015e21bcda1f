package eu.ka122.planner.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import eu.ka122.planner.geo.domain.City;
import eu.ka122.planner.geo.domain.Gazetteer;
import eu.ka122.planner.geo.domain.GreatCircle;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The geo module's API: city search for autocompletion, city look-up and the great-circle
 * distance between two cities.
 *
 * <p>
 * The gazetteer (about 61,000 cities) is read from {@value #RESOURCE} once, on first use;
 * when the application is ready a background thread makes that first use, so the first
 * keystroke does not wait for it. Country codes are accepted in either case, {@code GR}
 * as {@code EL}; a blank country means every country.
 */
@Service
public class GeoService {

	static final String RESOURCE = "geo/cities.tsv.gz";

	private static final Logger logger = LoggerFactory.getLogger(GeoService.class);

	private final Supplier<Gazetteer> loader;

	private volatile Gazetteer gazetteer;

	public GeoService() {
		this(() -> load(RESOURCE));
	}

	GeoService(Supplier<Gazetteer> loader) {
		this.loader = loader;
	}

	/**
	 * Cities whose name, a word of it or another name of the city starts with the query,
	 * compared case- and accent-insensitively, best match first.
	 * @throws InvalidCountryCodeException if {@code country} is given but is no country
	 * code
	 */
	public List<CityMatch> search(String query, String country, int limit) {
		String code = CountryCode.normalise(country).orElse(null);
		return gazetteer().search(query, code, limit).stream().map(GeoService::toMatch).toList();
	}

	/**
	 * The city of that name (case- and accent-insensitive; other names such as "Den Haag"
	 * or "Wien" count). Where several cities of the country share the name the first in
	 * search order is taken: {@link #findAll} tells whether the name is ambiguous.
	 * @throws InvalidCountryCodeException if {@code country} is given but is no country
	 * code
	 */
	public Optional<CityMatch> find(String name, String country) {
		String code = CountryCode.normalise(country).orElse(null);
		return gazetteer().find(name, code).map(GeoService::toMatch);
	}

	/**
	 * Every city of that name, in the order {@link #find} chooses from.
	 * @throws InvalidCountryCodeException if {@code country} is given but is no country
	 * code
	 */
	public List<CityMatch> findAll(String name, String country) {
		String code = CountryCode.normalise(country).orElse(null);
		return gazetteer().findAll(name, code).stream().map(GeoService::toMatch).toList();
	}

	/**
	 * The one-way distance between two cities in km, rounded half-up to two decimals, or
	 * empty if either city is not in the gazetteer.
	 * @throws InvalidCountryCodeException if a country is given but is no country code
	 */
	public Optional<BigDecimal> distanceKm(String originName, String originCountry, String destinationName,
			String destinationCountry) {
		Optional<CityMatch> origin = find(originName, originCountry);
		Optional<CityMatch> destination = find(destinationName, destinationCountry);
		if (origin.isEmpty() || destination.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(distanceKm(origin.get(), destination.get()));
	}

	/** The one-way distance between two cities in km, rounded half-up to two decimals. */
	public BigDecimal distanceKm(CityMatch origin, CityMatch destination) {
		return GreatCircle.distanceKm(origin.latitude(), origin.longitude(), destination.latitude(),
				destination.longitude());
	}

	/** How many cities the gazetteer holds; loads it if that has not happened yet. */
	public int cityCount() {
		return gazetteer().size();
	}

	@EventListener(ApplicationReadyEvent.class)
	void preloadInBackground() {
		Thread preload = new Thread(() -> {
			try {
				gazetteer();
			}
			catch (RuntimeException ex) {
				// The next search tries again and reports the failure to its caller.
				logger.error("Could not load the gazetteer", ex);
			}
		}, "geo-gazetteer-preload");
		preload.setDaemon(true);
		preload.start();
	}

	private Gazetteer gazetteer() {
		Gazetteer loaded = this.gazetteer;
		if (loaded == null) {
			synchronized (this) {
				loaded = this.gazetteer;
				if (loaded == null) {
					loaded = this.loader.get();
					this.gazetteer = loaded;
				}
			}
		}
		return loaded;
	}

	private static Gazetteer load(String resource) {
		long start = System.nanoTime();
		ClassLoader classLoader = GeoService.class.getClassLoader();
		try (InputStream in = classLoader.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Gazetteer resource not found on the class path: " + resource);
			}
			List<City> cities = GazetteerFile.read(in);
			Gazetteer gazetteer = new Gazetteer(cities);
			logger.info("Loaded {} cities from {} in {} ms", gazetteer.size(), resource,
					(System.nanoTime() - start) / 1_000_000);
			return gazetteer;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

	private static CityMatch toMatch(City city) {
		return new CityMatch(city.name(), city.country(), city.region(), city.latitude(), city.longitude());
	}

}
