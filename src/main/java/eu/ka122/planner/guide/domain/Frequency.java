package eu.ka122.planner.guide.domain;

/** How often the school wants to organise mobility. */
public enum Frequency {

	/** One project now. */
	ONE_PROJECT,

	/** A few projects over the years, within three grants in any five call years. */
	OCCASIONAL,

	/** Every year, as part of a long-term plan. */
	REGULAR

}
