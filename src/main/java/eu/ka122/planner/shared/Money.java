package eu.ka122.planner.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The two roundings of the programme: unit-cost amounts are whole euros, real costs are
 * cents, both half-up as the Guide's "rounded to the nearest whole Euro".
 */
public final class Money {

	public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

	private Money() {
	}

	public static BigDecimal wholeEuros(BigDecimal amount) {
		return amount.setScale(0, ROUNDING);
	}

	public static BigDecimal cents(BigDecimal amount) {
		return amount.setScale(2, ROUNDING);
	}

	public static BigDecimal euros(long amount) {
		return BigDecimal.valueOf(amount);
	}

	/** Null, as sent by forms and APIs for an empty amount, means nothing requested. */
	public static BigDecimal orZero(BigDecimal amount) {
		return amount != null ? amount : BigDecimal.ZERO;
	}

}
