package eu.ka122.planner.review.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The ranking of a round: the fundable applications in rank order (funded, then reserve),
 * followed by the rejected ones.
 *
 * @param entries every candidate, once
 * @param availableBudget the agency's budget for the round
 * @param fundedTotal the grants of the funded applications
 */
public record RankingResult(List<RankedCandidate> entries, BigDecimal availableBudget, BigDecimal fundedTotal) {

	public RankingResult {
		entries = List.copyOf(entries);
	}

	/** The budget the funded applications leave. */
	public BigDecimal remainingBudget() {
		return this.availableBudget.subtract(this.fundedTotal);
	}

	public List<RankedCandidate> withOutcome(Outcome outcome) {
		return this.entries.stream().filter((entry) -> entry.outcome() == outcome).toList();
	}

}
