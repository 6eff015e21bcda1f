package eu.ka122.planner.budget;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import eu.ka122.planner.budget.domain.RateTable;
import eu.ka122.planner.budget.persistence.RateTableStore;
import eu.ka122.planner.budget.persistence.RateTableStore.VersionKey;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget module's API for rate tables. Published versions never change, so each is
 * read from the database once and then served from memory; which version is newest is
 * asked every time (one indexed lookup), so a publication takes effect at once.
 */
@Service
@Transactional(readOnly = true)
public class RateTables {

	private final RateTableStore store;

	private final Map<Long, RateTable> published = new ConcurrentHashMap<>();

	RateTables(RateTableStore store) {
		this.store = store;
	}

	/**
	 * The newest published version of the call year: what drafts and estimates are
	 * computed with.
	 */
	public Optional<RateTable> current(int callYear) {
		return this.store.newestPublished(callYear).map(this::cached);
	}

	/**
	 * A given published version, e.g. the one a submitted application was computed with.
	 */
	public Optional<RateTable> published(int callYear, int version) {
		return this.store.findPublished(callYear, version).map(this::cached);
	}

	public List<RateTableSummary> versions(int callYear) {
		return this.store.versions(callYear);
	}

	public List<Integer> callYears() {
		return this.store.callYears();
	}

	public Set<String> countriesNotInGuide(int callYear, int version) {
		return this.store.find(callYear, version)
			.map((key) -> this.store.countriesNotInGuide(key.id()))
			.orElse(Set.of());
	}

	private RateTable cached(VersionKey key) {
		return this.published.computeIfAbsent(key.id(), (id) -> this.store.load(key));
	}

}
