package eu.ka122.planner.review.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ranks the applications of a round and shares the agency's budget among them.
 * <p>
 * Only eligible applications with a final score that passes every threshold are ranked.
 * They are sorted by total score, highest first (the one-decimal total the assessors
 * see), and ties are broken by the Guide's specific priorities under Relevance, in this
 * order:
 * <ol>
 * <li>newcomers (no earlier KA122 grant) first;</li>
 * <li>then applications with long-term learning mobility of pupils;</li>
 * <li>then more participants with fewer opportunities;</li>
 * <li>then the lower requested grant, so that the budget reaches more schools;</li>
 * <li>finally the application id, in ascending string order, so that the ranking is the
 * same on every run whatever the input order.</li>
 * </ol>
 * <p>
 * The budget is given out in strict rank order: an application is funded when the grants
 * of all better-ranked applications and its own fit the budget. The first one that does
 * not fit, and every one after it, goes to the reserve list, even when a smaller one
 * further down would fit in what is left. Skipping ahead would fund a lower score before
 * a higher one; the money left is for the agency to add to or to move, not for the
 * ranking to decide.
 * <p>
 * Rejected applications follow the ranked ones, without a position, ordered by reason
 * (see {@link RejectionReason}) and then by application id.
 */
public class Ranking {

	static final Comparator<Candidate> RANK_ORDER = Comparator
		.comparing((Candidate candidate) -> candidate.score().total(), Comparator.reverseOrder())
		.thenComparing(Candidate::newcomer, Comparator.reverseOrder())
		.thenComparing(Candidate::longTermPupilMobility, Comparator.reverseOrder())
		.thenComparing(Candidate::participantsWithFewerOpportunities, Comparator.reverseOrder())
		.thenComparing(Candidate::requestedGrant)
		.thenComparing(Candidate::applicationId);

	/**
	 * @param candidates the submitted applications of the round, each once
	 * @param availableBudget the agency's budget for the round, in euros
	 * @throws IllegalArgumentException when an application appears twice or the budget is
	 * missing or negative
	 */
	public RankingResult rank(List<Candidate> candidates, BigDecimal availableBudget) {
		if (availableBudget == null || availableBudget.signum() < 0) {
			throw new IllegalArgumentException("The available budget must be zero or more: " + availableBudget);
		}
		Set<String> ids = new HashSet<>();
		for (Candidate candidate : candidates) {
			if (!ids.add(candidate.applicationId())) {
				throw new IllegalArgumentException("Application " + candidate.applicationId() + " appears twice");
			}
		}
		List<Candidate> ranked = candidates.stream()
			.filter((candidate) -> rejectionReason(candidate) == null)
			.sorted(RANK_ORDER)
			.toList();
		List<RankedCandidate> entries = new ArrayList<>();
		BigDecimal cumulative = BigDecimal.ZERO;
		BigDecimal funded = BigDecimal.ZERO;
		boolean budgetRanOut = false;
		for (Candidate candidate : ranked) {
			cumulative = cumulative.add(candidate.requestedGrant());
			budgetRanOut = budgetRanOut || cumulative.compareTo(availableBudget) > 0;
			if (!budgetRanOut) {
				funded = cumulative;
			}
			entries.add(new RankedCandidate(entries.size() + 1, candidate,
					budgetRanOut ? Outcome.RESERVE : Outcome.FUNDED, null, cumulative));
		}
		candidates.stream()
			.filter((candidate) -> rejectionReason(candidate) != null)
			.sorted(Comparator.comparing(Ranking::rejectionReason).thenComparing(Candidate::applicationId))
			.forEach((candidate) -> entries
				.add(new RankedCandidate(null, candidate, Outcome.REJECTED, rejectionReason(candidate), null)));
		return new RankingResult(entries, availableBudget, funded);
	}

	/** Why the candidate cannot be ranked, or null when it can. */
	static RejectionReason rejectionReason(Candidate candidate) {
		if (!candidate.eligible()) {
			return RejectionReason.NOT_ELIGIBLE;
		}
		if (!candidate.isScored()) {
			return RejectionReason.NOT_SCORED;
		}
		if (candidate.score().needsThirdAssessment()) {
			return RejectionReason.AWAITING_THIRD_ASSESSMENT;
		}
		if (!candidate.score().fundable()) {
			return RejectionReason.BELOW_THRESHOLD;
		}
		return null;
	}

}
