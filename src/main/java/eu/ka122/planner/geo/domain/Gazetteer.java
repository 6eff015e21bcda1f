package eu.ka122.planner.geo.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cities in memory, searched by folded name ({@link NameFolding}).
 *
 * <p>
 * Every city is indexed under its whole name, each of its aliases and every later word of
 * its name ("hague" for "The Hague", "main" for "Frankfurt am Main"). The keys sit in one
 * sorted array per country and one for all countries, so a prefix search is a binary
 * search followed by a scan of the matching keys only. Results are ranked by how they
 * match: the exact name, then an exact alias, then a name or alias that starts with the
 * query, then a later word that does; within a rank shorter names come first (the data
 * has no population), then alphabetical order.
 */
public final class Gazetteer {

	private static final int EXACT_NAME = 0;

	private static final int EXACT_ALIAS = 1;

	private static final int NAME_PREFIX = 2;

	private static final int WORD_PREFIX = 3;

	/** Cities ordered by their rank among matches of equal kind: position = rank. */
	private final City[] byRank;

	private final Index all;

	private final Map<String, Index> byCountry;

	public Gazetteer(List<City> cities) {
		Ranked[] ranked = new Ranked[cities.size()];
		for (int i = 0; i < ranked.length; i++) {
			ranked[i] = new Ranked(cities.get(i), NameFolding.fold(cities.get(i).name()));
		}
		Arrays.sort(ranked);
		this.byRank = new City[ranked.length];
		List<Entry> entries = new ArrayList<>(ranked.length * 2);
		for (int rank = 0; rank < ranked.length; rank++) {
			City city = ranked[rank].city();
			this.byRank[rank] = city;
			addKeys(ranked[rank].folded(), rank, EXACT_NAME, entries);
			for (String alias : city.aliases()) {
				addKeys(NameFolding.fold(alias), rank, EXACT_ALIAS, entries);
			}
		}
		Entry[] sorted = entries.toArray(Entry[]::new);
		Arrays.sort(sorted);
		this.all = new Index(sorted, ranked.length);
		// Each country's keys in the same order: a stable filter of the sorted keys needs
		// no sort.
		Map<String, List<Entry>> byCountry = new HashMap<>();
		for (Entry entry : sorted) {
			byCountry.computeIfAbsent(this.byRank[entry.rank()].country(), (country) -> new ArrayList<>()).add(entry);
		}
		Map<String, Index> indexes = new HashMap<>();
		byCountry
			.forEach((country, list) -> indexes.put(country, new Index(list.toArray(Entry[]::new), ranked.length)));
		this.byCountry = Map.copyOf(indexes);
	}

	/** The whole name as {@code kind}, every later word start as {@link #WORD_PREFIX}. */
	private static void addKeys(String folded, int rank, int kind, List<Entry> entries) {
		if (folded.isEmpty()) {
			return;
		}
		entries.add(new Entry(folded, rank, kind));
		for (int space = folded.indexOf(' '); space >= 0; space = folded.indexOf(' ', space + 1)) {
			entries.add(new Entry(folded.substring(space + 1), rank, WORD_PREFIX));
		}
	}

	public int size() {
		return this.byRank.length;
	}

	/**
	 * Cities whose name, an alias of it or a later word of it starts with the query,
	 * compared case- and accent-insensitively, best first (see the class comment).
	 * @param query what was typed; a blank query finds nothing
	 * @param country the app's country code to keep to, or {@code null} for every country
	 * @param limit the most cities to return
	 */
	public List<City> search(String query, String country, int limit) {
		String key = NameFolding.fold(query);
		Index index = indexFor(country);
		if (key.isEmpty() || index == null || limit <= 0) {
			return List.of();
		}
		return index.search(key, limit);
	}

	/**
	 * The city called exactly that (folded), its main name preferred to an alias; where
	 * several cities share the name, the first in search order.
	 */
	public Optional<City> find(String name, String country) {
		List<City> matches = findAll(name, country);
		return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
	}

	/**
	 * Every city called exactly that (folded), in search order: more than one means
	 * ambiguous.
	 */
	public List<City> findAll(String name, String country) {
		String key = NameFolding.fold(name);
		Index index = indexFor(country);
		if (key.isEmpty() || index == null) {
			return List.of();
		}
		return index.exact(key);
	}

	private Index indexFor(String country) {
		return (country != null) ? this.byCountry.get(country) : this.all;
	}

	/** A city with its folded name, ordered as ties between equal matches are broken. */
	private record Ranked(City city, String folded) implements Comparable<Ranked> {

		// Hand-written rather than a Comparator chain: this runs once, before the JIT has
		// warmed up.
		@Override
		public int compareTo(Ranked other) {
			int order = Integer.compare(this.folded.length(), other.folded.length());
			if (order == 0) {
				order = this.folded.compareTo(other.folded);
			}
			if (order == 0) {
				order = this.city.name().compareTo(other.city.name());
			}
			if (order == 0) {
				order = this.city.country().compareTo(other.city.country());
			}
			if (order == 0) {
				order = this.city.region().compareTo(other.city.region());
			}
			return (order != 0) ? order : Integer.compare(this.city.id(), other.city.id());
		}

	}

	/**
	 * One key of one city: its name, an alias or the rest of its name from a later word
	 * on.
	 */
	private record Entry(String key, int rank, int kind) implements Comparable<Entry> {

		@Override
		public int compareTo(Entry other) {
			int order = this.key.compareTo(other.key);
			if (order == 0) {
				order = Integer.compare(this.kind, other.kind);
			}
			return (order != 0) ? order : Integer.compare(this.rank, other.rank);
		}

	}

	/**
	 * Sorted keys and, in parallel primitive arrays, what a search needs of each: the
	 * scan over the matching keys reads no string.
	 */
	private final class Index {

		private final String[] keys;

		private final int[] ranks;

		private final byte[] kinds;

		private final short[] lengths;

		private final long cityCount;

		Index(Entry[] entries, int cityCount) {
			int n = entries.length;
			this.keys = new String[n];
			this.ranks = new int[n];
			this.kinds = new byte[n];
			this.lengths = new short[n];
			for (int i = 0; i < n; i++) {
				this.keys[i] = entries[i].key();
				this.ranks[i] = entries[i].rank();
				this.kinds[i] = (byte) entries[i].kind();
				this.lengths[i] = (short) Math.min(entries[i].key().length(), Short.MAX_VALUE);
			}
			this.cityCount = cityCount;
		}

		List<City> search(String query, int limit) {
			int from = lowerBound(query);
			int to = prefixEnd(query, from);
			// The best distinct cities so far, best first: their scores and, to spot a
			// city met
			// again under another key, their ranks.
			int capacity = Math.min(limit, to - from);
			long[] scores = new long[capacity];
			int[] cities = new int[capacity];
			int size = 0;
			int queryLength = query.length();
			for (int i = from; i < to; i++) {
				int kind = this.kinds[i];
				int tier = (kind == WORD_PREFIX) ? WORD_PREFIX : (this.lengths[i] == queryLength) ? kind : NAME_PREFIX;
				int rank = this.ranks[i];
				long score = tier * this.cityCount + rank;
				if (size == capacity && score >= scores[size - 1]) {
					continue;
				}
				int previous = indexOf(cities, size, rank);
				if (previous >= 0) {
					if (scores[previous] <= score) {
						continue;
					}
					System.arraycopy(scores, previous + 1, scores, previous, size - previous - 1);
					System.arraycopy(cities, previous + 1, cities, previous, size - previous - 1);
					size--;
				}
				int at = size;
				while (at > 0 && scores[at - 1] > score) {
					at--;
				}
				int moved = Math.min(size, capacity - 1) - at;
				System.arraycopy(scores, at, scores, at + 1, moved);
				System.arraycopy(cities, at, cities, at + 1, moved);
				scores[at] = score;
				cities[at] = rank;
				size = Math.min(size + 1, capacity);
			}
			List<City> result = new ArrayList<>(size);
			for (int i = 0; i < size; i++) {
				result.add(Gazetteer.this.byRank[cities[i]]);
			}
			return Collections.unmodifiableList(result);
		}

		List<City> exact(String key) {
			List<Long> scores = new ArrayList<>();
			for (int i = lowerBound(key); i < this.keys.length && this.keys[i].equals(key); i++) {
				if (this.kinds[i] != WORD_PREFIX) {
					scores.add(this.kinds[i] * this.cityCount + this.ranks[i]);
				}
			}
			Collections.sort(scores);
			List<City> result = new ArrayList<>(scores.size());
			List<Integer> seen = new ArrayList<>(scores.size());
			for (long score : scores) {
				int rank = (int) (score % this.cityCount);
				if (!seen.contains(rank)) {
					seen.add(rank);
					result.add(Gazetteer.this.byRank[rank]);
				}
			}
			return Collections.unmodifiableList(result);
		}

		private static int indexOf(int[] values, int size, int value) {
			for (int i = 0; i < size; i++) {
				if (values[i] == value) {
					return i;
				}
			}
			return -1;
		}

		/** The first key not less than {@code key}. */
		private int lowerBound(String key) {
			int low = 0;
			int high = this.keys.length;
			while (low < high) {
				int middle = (low + high) >>> 1;
				if (this.keys[middle].compareTo(key) < 0) {
					low = middle + 1;
				}
				else {
					high = middle;
				}
			}
			return low;
		}

		/** The first key from {@code from} on that does not start with {@code prefix}. */
		private int prefixEnd(String prefix, int from) {
			int low = from;
			int high = this.keys.length;
			while (low < high) {
				int middle = (low + high) >>> 1;
				if (this.keys[middle].startsWith(prefix)) {
					low = middle + 1;
				}
				else {
					high = middle;
				}
			}
			return low;
		}

	}

}
