package eu.ka122.planner.support;

import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock tests can set, shared by the whole context (deadlines, throttling). */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock();
	}

	@Bean
	static QueryCounter queryCounter() {
		return new QueryCounter();
	}

	/**
	 * Starts at the system time; {@link #set} and {@link #advance} move it;
	 * {@link #reset} goes back.
	 */
	public static final class MutableClock extends Clock {

		private volatile java.time.Instant fixed;

		@Override
		public java.time.ZoneId getZone() {
			return java.time.ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public java.time.Instant instant() {
			java.time.Instant current = this.fixed;
			return current != null ? current : java.time.Instant.now();
		}

		public void set(java.time.Instant instant) {
			this.fixed = instant;
		}

		public void advance(java.time.Duration duration) {
			this.fixed = instant().plus(duration);
		}

		public void reset() {
			this.fixed = null;
		}

	}

}
