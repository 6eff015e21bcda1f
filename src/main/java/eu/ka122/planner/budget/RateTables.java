package eu.ka122.planner.budget;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import eu.ka122.planner.budget.domain.RateTable;
import eu.ka122.planner.budget.persistence.RateTableStore;
import eu.ka122.planner.budget.persistence.RateTableStore.VersionKey;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The budget module's API for rate tables. Published versions never change, so each is
 * read from the database once and then served from memory. Which version is newest is
 * remembered per call year too: every estimate asks, twice (the API checks that the call
 * year has a table, then computes with it). A publication must say so, with a
 * {@link RateTablePublished} event or {@link #evictNewest}, to take effect.
 */
@Service
@Transactional(readOnly = true)
public class RateTables {

	private final RateTableStore store;

	private final Map<Long, RateTable> published = new ConcurrentHashMap<>();

	/**
	 * Call year → its newest published version. Only years that have one: call years come
	 * from requests, and remembering every year someone asked for would let the map grow
	 * without bound.
	 */
	private final Map<Integer, RateTable> newest = new ConcurrentHashMap<>();

	/**
	 * Counts evictions, so that a lookup which read the database before an eviction does
	 * not put back what the eviction removed.
	 */
	private final AtomicLong evictions = new AtomicLong();

	RateTables(RateTableStore store) {
		this.store = store;
	}

	/**
	 * The newest published version of the call year: what drafts and estimates are
	 * computed with.
	 */
	public Optional<RateTable> current(int callYear) {
		RateTable remembered = this.newest.get(callYear);
		if (remembered != null) {
			return Optional.of(remembered);
		}
		long evictionsBefore = this.evictions.get();
		Optional<RateTable> table = this.store.newestPublished(callYear).map(this::cached);
		table.ifPresent((found) -> this.newest.compute(callYear,
				(year, current) -> (this.evictions.get() == evictionsBefore) ? found : current));
		return table;
	}

	/**
	 * Forgets the newest published version of the call year, so the next lookup reads it
	 * from the database. Call it after the transaction that published a version has
	 * committed (publishing a {@link RateTablePublished} event does that).
	 */
	public void evictNewest(int callYear) {
		this.evictions.incrementAndGet();
		this.newest.remove(callYear);
	}

	/** Forgets the newest published version of every call year. */
	public void evictAllNewest() {
		this.evictions.incrementAndGet();
		this.newest.clear();
	}

	/**
	 * A publication takes effect once it is committed: evicting earlier would let a
	 * concurrent estimate read and remember the previous version again.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void on(RateTablePublished event) {
		evictNewest(event.callYear());
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
