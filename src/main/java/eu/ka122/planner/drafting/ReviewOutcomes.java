package eu.ka122.planner.drafting;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * What drafting needs to know of the agency's decisions, implemented by the review module
 * (which depends on drafting, not the other way round): the outcome shown on the
 * coordinator's dashboard, and whether an application can still be withdrawn.
 */
public interface ReviewOutcomes {

	/** The decided applications among the given ones, by id. */
	Map<Long, Outcome> outcomes(Collection<Long> applicationIds);

	/** Whether the agency has decided on the application. */
	default boolean decided(long applicationId) {
		return outcomes(java.util.List.of(applicationId)).containsKey(applicationId);
	}

	/**
	 * @param outcome APPROVED, RESERVE or REJECTED
	 * @param awardedTotal the awarded grant when approved, otherwise null
	 */
	record Outcome(String outcome, BigDecimal awardedTotal) {

		public String messageKey() {
			return "drafting.outcome." + this.outcome;
		}

	}

}
