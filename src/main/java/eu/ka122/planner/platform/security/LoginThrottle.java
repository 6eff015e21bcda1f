package eu.ka122.planner.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing per account and per client address without ever locking
 * anyone out for good: after too many failures inside the window, further attempts wait
 * until the oldest failure leaves the window.
 */
@Component
public class LoginThrottle {

	private final Clock clock;

	private final Duration window;

	private final int maxPerAccount;

	private final int maxPerAddress;

	private final Cache<String, Deque<Instant>> failures;

	LoginThrottle(Clock clock, @Value("${ka122.login.throttle.window:PT15M}") Duration window,
			@Value("${ka122.login.throttle.max-per-account:5}") int maxPerAccount,
			@Value("${ka122.login.throttle.max-per-address:20}") int maxPerAddress) {
		this.clock = clock;
		this.window = window;
		this.maxPerAccount = maxPerAccount;
		this.maxPerAddress = maxPerAddress;
		this.failures = Caffeine.newBuilder().expireAfterAccess(window).maximumSize(100_000).build();
	}

	/**
	 * How long the caller must wait before trying again, or empty when an attempt is
	 * allowed.
	 */
	public Optional<Duration> waitFor(String username, String address) {
		Instant now = this.clock.instant();
		return max(waitFor(accountKey(username), this.maxPerAccount, now),
				waitFor(addressKey(address), this.maxPerAddress, now));
	}

	public void recordFailure(String username, String address) {
		Instant now = this.clock.instant();
		record(accountKey(username), now);
		record(addressKey(address), now);
	}

	public void recordSuccess(String username) {
		this.failures.invalidate(accountKey(username));
	}

	private Optional<Duration> waitFor(String key, int max, Instant now) {
		Deque<Instant> times = this.failures.getIfPresent(key);
		if (times == null) {
			return Optional.empty();
		}
		synchronized (times) {
			prune(times, now);
			if (times.size() < max) {
				return Optional.empty();
			}
			return Optional.of(Duration.between(now, times.peekFirst().plus(this.window)));
		}
	}

	private void record(String key, Instant now) {
		Deque<Instant> times = this.failures.get(key, (k) -> new ArrayDeque<>());
		synchronized (times) {
			prune(times, now);
			times.addLast(now);
		}
	}

	private void prune(Deque<Instant> times, Instant now) {
		while (!times.isEmpty() && !times.peekFirst().plus(this.window).isAfter(now)) {
			times.removeFirst();
		}
	}

	private static Optional<Duration> max(Optional<Duration> a, Optional<Duration> b) {
		if (a.isEmpty()) {
			return b;
		}
		if (b.isEmpty()) {
			return a;
		}
		return a.get().compareTo(b.get()) >= 0 ? a : b;
	}

	private static String accountKey(String username) {
		return "account:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}
