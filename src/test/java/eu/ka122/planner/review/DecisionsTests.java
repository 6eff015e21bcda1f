package eu.ka122.planner.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.budget.RateTables;
import eu.ka122.planner.drafting.Submissions;
import eu.ka122.planner.estimate.Estimates;
import eu.ka122.planner.review.domain.Criterion;
import eu.ka122.planner.shared.ApplicationPlan;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.Submitter;
import eu.ka122.planner.support.Submitter.Submitted;
import eu.ka122.planner.support.TestAccounts;
import eu.ka122.planner.support.TestClockConfiguration.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Scores, the third assessment, the awarded budget and concurrent decisions through the
 * review services. The Netherlands' agency (NL01) is used by no other test.
 */
@IntegrationTest
class DecisionsTests {

	@Autowired
	Assessments assessments;

	@Autowired
	Decisions decisions;

	@Autowired
	Submissions submissions;

	@Autowired
	Estimates estimates;

	@Autowired
	RateTables rateTables;

	@Autowired
	Submitter submitter;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	AccountPrincipal officer;

	@BeforeEach
	void setUp() {
		this.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
		this.officer = this.submitter.principal(this.accounts.user(Role.NA_OFFICER, "NL01"));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void removingAnActivityAwardsTheBudgetOfTheActivitiesLeft() {
		Submitted s = this.submitter.submit("NL", Submitter.job(3, 10), Submitter.job(2, 20), Submitter.job(1, 5));
		scored(s, 15, 35, 20);
		var submission = this.submissions.find(s.id()).orElseThrow();
		ApplicationPlan plan = submission.plan();
		var table = this.rateTables.published(2027, submission.rateTableVersion()).orElseThrow();
		BigDecimal expected = this.estimates
			.estimate(
					plan.withActivities(
							List.of(plan.activities().get(0), plan.activities().get(2).withDurationDays(3))),
					table, submission.agencyCode(), UnaryOperator.identity())
			.breakdown()
			.total();

		List<Decisions.ActivityChange> changes = List.of(new Decisions.ActivityChange(0, true, 10),
				new Decisions.ActivityChange(1, false, 20), new Decisions.ActivityChange(2, true, 3));
		Decisions.Award award = this.decisions.award(this.officer, s.id(), changes);
		assertThat(award.requestedTotal()).isEqualByComparingTo(submission.requestedTotal());
		assertThat(award.awardedTotal()).isEqualByComparingTo(expected).isLessThan(award.requestedTotal());
		assertThat(award.reduced()).isTrue();

		assertThatThrownBy(
				() -> this.decisions.decide(this.officer, s.id(), null, DecisionOutcome.APPROVED, changes, " "))
			.isInstanceOf(ReviewException.class)
			.hasMessage("review.error.reasonReduced");
		this.decisions.decide(this.officer, s.id(), null, DecisionOutcome.APPROVED, changes, "Activity 2 removed");
		assertThat(this.jdbc.queryForObject("select awarded_total from review_decision where application_id = ?",
				BigDecimal.class, s.id()))
			.isEqualByComparingTo(expected);
		assertThat(this.jdbc.queryForObject("select stage from review_case where application_id = ?", String.class,
				s.id()))
			.isEqualTo("APPROVED");
		assertThat(this.decisions.outcomes(List.of(s.id())).get(s.id()).awardedTotal()).isEqualByComparingTo(expected);
	}

	@Test
	void daysBeyondTheRequestedOnesOrNoActivityLeftAreRefused() {
		Submitted s = this.submitter.submit("NL", Submitter.job(3, 10));
		assertThatThrownBy(
				() -> this.decisions.award(this.officer, s.id(), List.of(new Decisions.ActivityChange(0, true, 11))))
			.hasMessage("review.error.days");
		assertThatThrownBy(
				() -> this.decisions.award(this.officer, s.id(), List.of(new Decisions.ActivityChange(0, true, 0))))
			.hasMessage("review.error.days");
		assertThatThrownBy(
				() -> this.decisions.award(this.officer, s.id(), List.of(new Decisions.ActivityChange(0, false, 10))))
			.hasMessage("review.error.keepOne");
	}

	@Test
	void twoOfficersDecidingAtOnceOneWinsTheOtherGetsAConflict() {
		Submitted s = this.submitter.submit("NL");
		scored(s, 15, 35, 20);
		AccountPrincipal other = this.submitter.principal(this.accounts.user(Role.NA_OFFICER, "NL01"));
		// both opened the form when there was no decision (version null)
		this.decisions.decide(this.officer, s.id(), null, DecisionOutcome.RESERVE, List.of(), null);
		assertThatThrownBy(
				() -> this.decisions.decide(other, s.id(), null, DecisionOutcome.REJECTED, List.of(), "Weak follow-up"))
			.isInstanceOf(ReviewConflictException.class);
		// with the current version the change goes through, and the version moves on
		this.decisions.decide(other, s.id(), 0L, DecisionOutcome.REJECTED, List.of(), "Weak follow-up");
		assertThatThrownBy(
				() -> this.decisions.decide(this.officer, s.id(), 0L, DecisionOutcome.RESERVE, List.of(), null))
			.isInstanceOf(ReviewConflictException.class);
		assertThat(
				this.jdbc.queryForMap("select outcome, version from review_decision where application_id = ?", s.id()))
			.containsEntry("outcome", "REJECTED")
			.containsEntry("version", 1L);
	}

	@Test
	void anApplicationBelowAThresholdCanOnlyBeRejected() {
		Submitted s = this.submitter.submit("NL");
		scored(s, 9, 40, 25);
		assertThat(this.jdbc.queryForObject("select fundable from review_case where application_id = ?", Boolean.class,
				s.id()))
			.isFalse();
		assertThatThrownBy(
				() -> this.decisions.decide(this.officer, s.id(), null, DecisionOutcome.APPROVED, List.of(), "Good"))
			.hasMessage("review.error.notFundable");
		assertThatThrownBy(
				() -> this.decisions.decide(this.officer, s.id(), null, DecisionOutcome.REJECTED, List.of(), ""))
			.hasMessage("review.error.reasonRejected");
		this.decisions.decide(this.officer, s.id(), null, DecisionOutcome.REJECTED, List.of(), "Relevance below 10");
		assertThat(this.jdbc.queryForObject("select count(*) from organisation_grant where application_id = ?",
				Integer.class, s.id()))
			.isZero();
	}

	@Test
	void assessmentsThirtyOnePointsApartCallForAThirdAssessor() {
		Submitted s = this.submitter.submit("NL");
		long first = assessor(s);
		long second = assessor(s);
		score(first, 20, 40, 25); // 85
		score(second, 10, 30, 14); // 54: 31 apart
		assertThat(stage(s)).isEqualTo("THIRD_NEEDED");
		assertThat(this.decisions.ranking(this.officer, 2027, 1).lines())
			.filteredOn((l) -> l.row().applicationId() == s.id())
			.singleElement()
			.satisfies((l) -> assertThat(l.entry().rejectionReason())
				.isEqualTo(eu.ka122.planner.review.domain.RejectionReason.AWAITING_THIRD_ASSESSMENT));
		long third = assessor(s);
		score(third, 15, 35, 20); // 70: mean (85 + 54 + 70) / 3 = 69.7
		assertThat(stage(s)).isEqualTo("ASSESSED");
		assertThat(this.jdbc.queryForObject("select score_total from review_case where application_id = ?",
				BigDecimal.class, s.id()))
			.isEqualByComparingTo("69.7");
	}

	@Test
	void assessmentsThirtyPointsApartNeedNoThirdAndAFourthAssessorIsRefused() {
		Submitted s = this.submitter.submit("NL");
		score(assessor(s), 20, 40, 25); // 85
		score(assessor(s), 10, 30, 15); // 55: 30 apart
		assertThat(stage(s)).isEqualTo("ASSESSED");
		String third = this.accounts.user(Role.ASSESSOR, "NL01");
		long thirdId = this.jdbc.queryForObject("select id from app_user where username = ?", Long.class, third);
		assertThatThrownBy(() -> this.assessments.assign(this.officer, s.id(), thirdId))
			.hasMessage("review.error.enoughAssessors");
	}

	@Test
	void aRankingWithABudgetFundsInScoreOrderAndPutsTheRestOnTheReserveList() {
		Submitted best = this.submitter.submit("NL", Submitter.job(2, 10));
		Submitted second = this.submitter.submit("NL", Submitter.job(2, 10));
		Submitted third = this.submitter.submit("NL", Submitter.job(2, 10));
		scored(best, 20, 45, 28);
		scored(second, 18, 40, 25);
		scored(third, 15, 35, 20);
		BigDecimal each = this.jdbc.queryForObject("select requested_total from review_case where application_id = ?",
				BigDecimal.class, best.id());
		this.decisions.setBudget(this.officer, 2027, 1, each.multiply(BigDecimal.valueOf(2)));
		Map<Long, String> proposals = new java.util.HashMap<>();
		this.decisions.ranking(this.officer, 2027, 1)
			.lines()
			.forEach((l) -> proposals.put(l.row().applicationId(), l.entry().outcome().name()));
		assertThat(proposals).containsEntry(best.id(), "FUNDED")
			.containsEntry(second.id(), "FUNDED")
			.containsEntry(third.id(), "RESERVE");
	}

	private void scored(Submitted s, int relevance, int design, int followUp) {
		score(assessor(s), relevance, design, followUp);
	}

	private long assessor(Submitted s) {
		String username = this.accounts.user(Role.ASSESSOR, "NL01");
		AccountPrincipal assessor = this.submitter.principal(username);
		this.assessments.assign(this.officer, s.id(), assessor.id());
		long assignment = this.jdbc.queryForObject(
				"select id from review_assignment where application_id = ? and assessor_id = ?", Long.class, s.id(),
				assessor.id());
		this.assessments.declare(assessor, assignment, false);
		return assignment;
	}

	private void score(long assignment, int relevance, int design, int followUp) {
		long assessorId = this.jdbc.queryForObject("select assessor_id from review_assignment where id = ?", Long.class,
				assignment);
		String username = this.jdbc.queryForObject("select username from app_user where id = ?", String.class,
				assessorId);
		this.assessments.score(this.submitter.principal(username), assignment, null,
				Map.of(Criterion.RELEVANCE, relevance, Criterion.PROJECT_DESIGN, design, Criterion.FOLLOW_UP, followUp),
				Map.of(Criterion.RELEVANCE, "r", Criterion.PROJECT_DESIGN, "d", Criterion.FOLLOW_UP, "f"));
	}

	private String stage(Submitted s) {
		return this.jdbc.queryForObject("select stage from review_case where application_id = ?", String.class, s.id());
	}

}
