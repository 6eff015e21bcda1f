package eu.ka122.planner.estimate.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many requests one client address may send to {@code /api/**}: {@code capacity} at
 * once, refilled evenly over {@code refillPeriod}. The defaults are generous for a
 * school's planning sheet that recalculates as its rows change.
 *
 * @param capacity requests per period
 * @param refillPeriod time in which an exhausted allowance is fully restored
 * @param maxClients addresses remembered at most; the least recently seen are forgotten
 * first
 */
@ConfigurationProperties("ka122.api.rate-limit")
record ApiRateLimitProperties(@DefaultValue("120") long capacity, @DefaultValue("PT1M") Duration refillPeriod,
		@DefaultValue("100000") long maxClients) {

	ApiRateLimitProperties {
		if (capacity < 1) {
			throw new IllegalArgumentException("ka122.api.rate-limit.capacity must be at least 1");
		}
		if (refillPeriod == null || refillPeriod.isNegative() || refillPeriod.isZero()) {
			throw new IllegalArgumentException("ka122.api.rate-limit.refill-period must be positive");
		}
		if (maxClients < 1) {
			throw new IllegalArgumentException("ka122.api.rate-limit.max-clients must be at least 1");
		}
	}

}
