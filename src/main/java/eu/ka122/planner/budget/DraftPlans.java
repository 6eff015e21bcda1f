package eu.ka122.planner.budget;

import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.function.Function;

import eu.ka122.planner.shared.ApplicationPlan;

/**
 * The drafts of a call year, as plans, for the preview of a rate-table publication. The
 * drafting module provides it (budget cannot depend on drafting).
 */
public interface DraftPlans {

	/** Calls {@code each} once per draft application of the call year. */
	void forEachDraft(int callYear, Consumer<DraftPlan> each);

	/**
	 * Stores the budget {@code estimate} gives for up to {@code limit} drafts of the call
	 * year whose stored budget was computed with a version older than {@code version} (or
	 * never), in one transaction. Drafts another transaction holds (a coordinator saving)
	 * are skipped, not waited for; a later call finds them again. Returns how many drafts
	 * were stored.
	 */
	int storeEstimates(int callYear, int version, int limit, Function<DraftPlan, BigDecimal> estimate);

	/**
	 * How many drafts of the call year have no stored budget computed with
	 * {@code version} or newer.
	 */
	int countStale(int callYear, int version);

	/** One draft: its id, the agency whose rates apply, its plan. */
	record DraftPlan(long applicationId, String agencyCode, ApplicationPlan plan) {
	}

}
