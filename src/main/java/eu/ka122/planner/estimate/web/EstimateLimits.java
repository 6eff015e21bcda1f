package eu.ka122.planner.estimate.web;

import java.math.BigDecimal;

/**
 * The estimate API's input limits: a number inside them is a plan that the rules judge, a
 * number outside them is a typing error answered with {@code 400}. They keep every
 * computation small.
 */
final class EstimateLimits {

	static final int MAX_ACTIVITIES = 500;

	/** Participants, accompanying persons and the other head counts of one row. */
	static final int MAX_PERSONS = 10_000;

	static final int MAX_DAYS = 400;

	static final BigDecimal MAX_DISTANCE_KM = BigDecimal.valueOf(20_000);

	/** Any real cost, in EUR. */
	static final BigDecimal MAX_COST = BigDecimal.valueOf(10_000_000);

	/** The largest request body read, in bytes. */
	static final int MAX_BODY_BYTES = 1024 * 1024;

	private EstimateLimits() {
	}

}
