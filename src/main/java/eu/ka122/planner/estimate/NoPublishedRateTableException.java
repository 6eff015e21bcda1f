package eu.ka122.planner.estimate;

/** No budget can be computed for a call year that has no published rate table. */
public class NoPublishedRateTableException extends RuntimeException {

	private final int callYear;

	public NoPublishedRateTableException(int callYear) {
		super("no published rate table for call year " + callYear);
		this.callYear = callYear;
	}

	public int callYear() {
		return this.callYear;
	}

}
