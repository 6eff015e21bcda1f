package eu.ka122.planner.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import eu.ka122.planner.geo.domain.City;
import eu.ka122.planner.geo.domain.Gazetteer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GeoServiceLoadingTests {

	private final AtomicInteger loads = new AtomicInteger();

	private final CountDownLatch loaded = new CountDownLatch(1);

	private final GeoService geo = new GeoService(() -> {
		this.loads.incrementAndGet();
		this.loaded.countDown();
		return new Gazetteer(List.of(new City(0, "Madrid", "ES", "Madrid", 40.4165, -3.70256)));
	});

	@Test
	void loadsNothingUntilFirstUsed() {
		assertThat(this.loads).hasValue(0);
		assertThat(this.geo.find("madrid", "es")).isPresent();
		assertThat(this.loads).hasValue(1);
	}

	@Test
	void loadsInTheBackgroundOnceTheApplicationIsReady() throws InterruptedException {
		this.geo.preloadInBackground();
		assertThat(this.loaded.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(this.geo.search("mad", null, 5)).extracting(CityMatch::name).containsExactly("Madrid");
		assertThat(this.loads).hasValue(1);
	}

	@Test
	void loadsOnceHoweverManySearchesRaceForIt() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<List<CityMatch>>> searches = new ArrayList<>();
			for (int i = 0; i < 32; i++) {
				searches.add(pool.submit(() -> this.geo.search("ma", "ES", 5)));
			}
			for (Future<List<CityMatch>> search : searches) {
				assertThat(search.get(10, TimeUnit.SECONDS)).hasSize(1);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.loads).hasValue(1);
	}

}
