package eu.ka122.planner.budget.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One travel distance band. Bands are half-open, {@code [fromKm, toKm)}, so that the
 * Guide's "10 – 99 km" also covers 99.5 km.
 *
 * @param fromKm inclusive lower edge
 * @param toKm exclusive upper edge; null for the last, open band
 * @param green unit amount per person with green travel
 * @param standard unit amount per person otherwise
 */
public record TravelBand(BigDecimal fromKm, BigDecimal toKm, int green, int standard) {

	public TravelBand {
		Objects.requireNonNull(fromKm, "fromKm");
	}

	public static TravelBand of(int fromKm, Integer toKm, int green, int standard) {
		return new TravelBand(BigDecimal.valueOf(fromKm), (toKm != null) ? BigDecimal.valueOf(toKm) : null, green,
				standard);
	}

	public boolean contains(BigDecimal km) {
		return km.compareTo(this.fromKm) >= 0 && (this.toKm == null || km.compareTo(this.toKm) < 0);
	}

	public int amount(boolean greenTravel) {
		return greenTravel ? this.green : this.standard;
	}

	public boolean isOpen() {
		return this.toKm == null;
	}

	/**
	 * The upper edge as people read it: the Guide labels {@code [500, 2000)} "500 – 1999
	 * km". A band that ends between whole kilometres shows its last distance at the
	 * rulebook's 0.01 km precision instead.
	 */
	public BigDecimal lastIncludedKm() {
		if (this.toKm == null) {
			return null;
		}
		boolean whole = this.toKm.stripTrailingZeros().scale() <= 0;
		return this.toKm.subtract(whole ? BigDecimal.ONE : new BigDecimal("0.01"));
	}

}
