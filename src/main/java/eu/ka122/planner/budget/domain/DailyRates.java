package eu.ka122.planner.budget.domain;

/**
 * The payable daily rates of one activity row: the base rate up to the last full-rate
 * day, the reduced rate after it. Accompanying persons always get the staff rates.
 */
public record DailyRates(int participantBase, int participantReduced, int accompanyingBase, int accompanyingReduced) {

}
