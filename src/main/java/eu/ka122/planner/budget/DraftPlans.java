package eu.ka122.planner.budget;

import java.util.function.Consumer;

import eu.ka122.planner.shared.ApplicationPlan;

/**
 * The drafts of a call year, as plans, for the preview of a rate-table publication. The
 * drafting module provides it (budget cannot depend on drafting).
 */
public interface DraftPlans {

	/** Calls {@code each} once per draft application of the call year. */
	void forEachDraft(int callYear, Consumer<DraftPlan> each);

	/** One draft: its id, the agency whose rates apply, its plan. */
	record DraftPlan(long applicationId, String agencyCode, ApplicationPlan plan) {
	}

}
