package eu.ka122.planner.budget.domain;

/**
 * The Guide's allowed range, both ends included, for a National Agency's daily base rate.
 */
public record RateRange(int min, int max) {

	public boolean contains(int rate) {
		return rate >= this.min && rate <= this.max;
	}

}
