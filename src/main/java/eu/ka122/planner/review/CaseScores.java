package eu.ka122.planner.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.ka122.planner.review.domain.Assessment;
import eu.ka122.planner.review.domain.Criterion;
import eu.ka122.planner.review.domain.ScoreResult;
import eu.ka122.planner.review.domain.Scoring;
import eu.ka122.planner.review.persistence.CaseStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a case's score and stage in step with its assessments and decision: every change
 * to either calls {@link #refresh}, in the same transaction.
 */
@Component
class CaseScores {

	private final JdbcClient jdbc;

	private final CaseStore cases;

	private final Scoring scoring = new Scoring();

	CaseScores(JdbcClient jdbc, CaseStore cases) {
		this.jdbc = jdbc;
		this.cases = cases;
	}

	/** The assessments that count: those of assessors who declared no conflict. */
	List<Assessment> assessments(long applicationId) {
		return this.jdbc.sql("""
				select ra.assessor_id, a.relevance, a.project_design, a.follow_up, a.relevance_comment,
				       a.design_comment, a.follow_up_comment
				from review_assessment a join review_assignment ra on ra.id = a.assignment_id
				where ra.application_id = ? and ra.conflict = 'NONE' order by ra.id""")
			.param(applicationId)
			.query((rs, n) -> new Assessment(String.valueOf(rs.getLong("assessor_id")),
					Map.of(Criterion.RELEVANCE, rs.getInt("relevance"), Criterion.PROJECT_DESIGN,
							rs.getInt("project_design"), Criterion.FOLLOW_UP, rs.getInt("follow_up")),
					Map.of(Criterion.RELEVANCE, rs.getString("relevance_comment"), Criterion.PROJECT_DESIGN,
							rs.getString("design_comment"), Criterion.FOLLOW_UP, rs.getString("follow_up_comment"))))
			.list();
	}

	Optional<ScoreResult> score(long applicationId) {
		return this.scoring.score(assessments(applicationId));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void refresh(long applicationId) {
		CaseRow row = this.cases.lock(applicationId).orElseThrow(ReviewNotFoundException::new);
		Optional<ScoreResult> score = score(applicationId);
		long active = this.jdbc
			.sql("select count(*) from review_assignment where application_id = ? and conflict <> 'DECLARED'")
			.param(applicationId)
			.query(Long.class)
			.single();
		record Decided(String outcome, BigDecimal awarded) {
		}
		Optional<Decided> decision = this.jdbc
			.sql("select outcome, awarded_total from review_decision where application_id = ?")
			.param(applicationId)
			.query((rs, n) -> new Decided(rs.getString(1), rs.getBigDecimal(2)))
			.optional();
		Stage stage;
		if (row.stage() == Stage.WITHDRAWN) {
			stage = Stage.WITHDRAWN;
		}
		else if (decision.isPresent()) {
			stage = Stage.valueOf(decision.get().outcome());
		}
		else if (score.isPresent() && score.get().needsThirdAssessment()) {
			stage = Stage.THIRD_NEEDED;
		}
		else if (score.isPresent() && score.get().assessments() >= active) {
			stage = Stage.ASSESSED;
		}
		else {
			stage = active > 0 ? Stage.IN_ASSESSMENT : Stage.UNASSIGNED;
		}
		CaseStore.Score columns = score
			.map((s) -> new CaseStore.Score(s.assessments(), s.total(), s.mean(Criterion.RELEVANCE),
					s.mean(Criterion.PROJECT_DESIGN), s.mean(Criterion.FOLLOW_UP),
					s.fundable() && !s.needsThirdAssessment()))
			.orElse(CaseStore.Score.NONE);
		this.cases.update(applicationId, stage, columns, decision.map(Decided::awarded).orElse(null));
	}

}
