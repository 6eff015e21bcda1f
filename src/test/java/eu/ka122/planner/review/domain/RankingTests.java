package eu.ka122.planner.review.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static eu.ka122.planner.review.domain.ScoringTests.withTotal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

class RankingTests {

	private final Ranking ranking = new Ranking();

	private static ScoreResult scored(int total) {
		return new Scoring().score(List.of(withTotal("a", total))).orElseThrow();
	}

	private static Candidate candidate(String id, int total, long grant) {
		return new Candidate(id, BigDecimal.valueOf(grant), scored(total), true, false, false, 0);
	}

	private static BigDecimal euros(long amount) {
		return BigDecimal.valueOf(amount);
	}

	private static List<String> ids(List<RankedCandidate> entries) {
		return entries.stream().map(RankedCandidate::applicationId).toList();
	}

	@Test
	void ranksByTotalScoreHighestFirst() {
		RankingResult result = this.ranking.rank(
				List.of(candidate("A", 70, 1000), candidate("B", 90, 1000), candidate("C", 80, 1000)), euros(100_000));

		assertThat(result.entries()).extracting(RankedCandidate::position, RankedCandidate::applicationId)
			.containsExactly(tuple(1, "B"), tuple(2, "C"), tuple(3, "A"));
	}

	@ParameterizedTest
	@CsvSource({ "15000, 5000, FUNDED, 15000, 0", "15000, 5001, RESERVE, 10000, 5000",
			"14999, 5000, RESERVE, 10000, 4999", "0, 5000, RESERVE, 0, 0" })
	void fundsInRankOrderWhileTheGrantsFitTheBudget(long budget, long secondGrant, Outcome second, long funded,
			long remaining) {
		RankingResult result = this.ranking.rank(List.of(candidate("A", 80, 10_000), candidate("B", 70, secondGrant)),
				euros(budget));

		assertThat(result.entries())
			.extracting(RankedCandidate::applicationId, RankedCandidate::outcome, RankedCandidate::cumulativeRequested)
			.containsExactly(tuple("A", budget >= 10_000 ? Outcome.FUNDED : Outcome.RESERVE, euros(10_000)),
					tuple("B", second, euros(10_000 + secondGrant)));
		assertThat(result.fundedTotal()).isEqualByComparingTo(euros(funded));
		assertThat(result.remainingBudget()).isEqualByComparingTo(euros(remaining));
	}

	@Test
	void sendsEveryApplicationAfterTheFirstThatDoesNotFitToTheReserveEvenASmallerOne() {
		RankingResult result = this.ranking.rank(
				List.of(candidate("A", 90, 10_000), candidate("B", 80, 6_000), candidate("C", 70, 1_000)),
				euros(15_000));

		assertThat(result.entries()).extracting(RankedCandidate::applicationId, RankedCandidate::outcome)
			.containsExactly(tuple("A", Outcome.FUNDED), tuple("B", Outcome.RESERVE), tuple("C", Outcome.RESERVE));
		assertThat(result.remainingBudget()).isEqualByComparingTo(euros(5_000));
	}

	/**
	 * Two applications with the same score; the first is better on the priority tested
	 * and worse on every later one, so only that priority can put it first.
	 */
	@ParameterizedTest
	@CsvSource({
			// newcomer, long-term, fewer opportunities, grant, id (first); then the same
			// for the second
			"true, false, 0, 20000, Z, false, true, 9, 1000, A", "false, true, 0, 20000, Z, false, false, 9, 1000, A",
			"true, true, 3, 20000, Z, true, true, 2, 1000, A", "false, false, 5, 1000, Z, false, false, 5, 1001, A",
			"true, true, 4, 5000, A, true, true, 4, 5000, B" })
	void breaksTiesByTheGuidesPrioritiesInTurn(boolean newcomer1, boolean longTerm1, int fewer1, long grant1,
			String id1, boolean newcomer2, boolean longTerm2, int fewer2, long grant2, String id2) {
		ScoreResult score = scored(75);
		Candidate first = new Candidate(id1, euros(grant1), score, true, newcomer1, longTerm1, fewer1);
		Candidate second = new Candidate(id2, euros(grant2), score, true, newcomer2, longTerm2, fewer2);

		assertThat(ids(this.ranking.rank(List.of(second, first), euros(100_000)).entries())).containsExactly(id1, id2);
		assertThat(ids(this.ranking.rank(List.of(first, second), euros(100_000)).entries())).containsExactly(id1, id2);
	}

	@Test
	void putsAHigherScoreBeforeEveryPriority() {
		Candidate priorities = new Candidate("A", euros(1000), scored(75), true, true, true, 20);
		Candidate higher = new Candidate("B", euros(50_000), scored(76), true, false, false, 0);

		assertThat(ids(this.ranking.rank(List.of(priorities, higher), euros(100_000)).entries())).containsExactly("B",
				"A");
	}

	@Test
	void treatsScoresThatShowTheSameAsATie() {
		Scoring scoring = new Scoring();
		// 289 / 4 = 72.25 and 217 / 3 = 72.33 both show as 72.3
		ScoreResult quarters = scoring
			.score(List.of(withTotal("a", 72), withTotal("b", 72), withTotal("c", 72), withTotal("d", 73)))
			.orElseThrow();
		ScoreResult thirds = scoring.score(List.of(withTotal("a", 72), withTotal("b", 72), withTotal("c", 73)))
			.orElseThrow();
		Candidate newcomer = new Candidate("A", euros(1000), quarters, true, true, false, 0);
		Candidate other = new Candidate("B", euros(1000), thirds, true, false, false, 0);

		assertThat(ids(this.ranking.rank(List.of(other, newcomer), euros(100_000)).entries())).containsExactly("A",
				"B");
	}

	@Test
	void isTheSameWhateverTheInputOrder() {
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			candidates.add(new Candidate(String.format("APP-%02d", i), euros(1000 + (i % 3) * 500), scored(60 + i % 4),
					true, i % 2 == 0, i % 5 == 0, i % 3));
		}
		List<String> expected = ids(this.ranking.rank(candidates, euros(20_000)).entries());
		Collections.reverse(candidates);

		assertThat(ids(this.ranking.rank(candidates, euros(20_000)).entries())).isEqualTo(expected);
	}

	@Test
	void rejectsTheIneligibleTheUnscoredAndThoseBelowTheThresholdsWithoutSpendingBudget() {
		Scoring scoring = new Scoring();
		ScoreResult belowRelevance = scoring.score(List.of(Assessment.of("a", 9, 50, 30))).orElseThrow();
		ScoreResult farApart = scoring.score(List.of(withTotal("a", 60), withTotal("b", 91))).orElseThrow();
		List<Candidate> candidates = List.of(new Candidate("BELOW-59", euros(100), scored(59), true, true, true, 5),
				new Candidate("BELOW-REL", euros(100), belowRelevance, true, false, false, 0),
				new Candidate("INELIGIBLE", euros(100), scored(100), false, true, true, 5),
				new Candidate("INELIGIBLE-UNSCORED", euros(100), null, false, false, false, 0),
				new Candidate("UNSCORED", euros(100), null, true, true, true, 5),
				new Candidate("APART", euros(100), farApart, true, false, false, 0), candidate("OK", 60, 1000));

		RankingResult result = this.ranking.rank(candidates, euros(1000));

		assertThat(result.entries())
			.extracting(RankedCandidate::position, RankedCandidate::applicationId, RankedCandidate::outcome,
					RankedCandidate::rejectionReason, RankedCandidate::cumulativeRequested)
			.containsExactly(tuple(1, "OK", Outcome.FUNDED, null, euros(1000)),
					tuple(null, "INELIGIBLE", Outcome.REJECTED, RejectionReason.NOT_ELIGIBLE, null),
					tuple(null, "INELIGIBLE-UNSCORED", Outcome.REJECTED, RejectionReason.NOT_ELIGIBLE, null),
					tuple(null, "UNSCORED", Outcome.REJECTED, RejectionReason.NOT_SCORED, null),
					tuple(null, "APART", Outcome.REJECTED, RejectionReason.AWAITING_THIRD_ASSESSMENT, null),
					tuple(null, "BELOW-59", Outcome.REJECTED, RejectionReason.BELOW_THRESHOLD, null),
					tuple(null, "BELOW-REL", Outcome.REJECTED, RejectionReason.BELOW_THRESHOLD, null));
		assertThat(result.withOutcome(Outcome.FUNDED)).hasSize(1);
		assertThat(result.remainingBudget()).isEqualByComparingTo(BigDecimal.ZERO);
	}

	@Test
	void refusesAnApplicationListedTwiceOrABudgetBelowZero() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.ranking.rank(List.of(candidate("A", 70, 1), candidate("A", 80, 1)), euros(10)))
			.withMessage("Application A appears twice");
		assertThatIllegalArgumentException().isThrownBy(() -> this.ranking.rank(List.of(), euros(-1)))
			.withMessageContaining("budget");
	}

	@Test
	void refusesACandidateWithANegativeGrant() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Candidate("A", euros(-1), scored(70), true, false, false, 0))
			.withMessageContaining("invalid grant");
	}

}
