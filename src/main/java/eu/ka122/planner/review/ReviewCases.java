package eu.ka122.planner.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.budget.RateTables;
import eu.ka122.planner.budget.domain.BudgetCategory;
import eu.ka122.planner.budget.domain.RateTable;
import eu.ka122.planner.drafting.Submissions;
import eu.ka122.planner.drafting.SubmittedApplication;
import eu.ka122.planner.estimate.Estimate;
import eu.ka122.planner.estimate.Estimates;
import eu.ka122.planner.review.persistence.CaseStore;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency's submitted applications: the filtered list, its export and one application
 * with its snapshot and a recomputation at the current rates.
 */
@Service
@Transactional(readOnly = true)
public class ReviewCases {

	/** The most rows one export holds. */
	public static final int EXPORT_LIMIT = 50_000;

	private final CaseStore cases;

	private final Submissions submissions;

	private final Assessments assessments;

	private final Estimates estimates;

	private final RateTables rateTables;

	private final JsonMapper json;

	ReviewCases(CaseStore cases, Submissions submissions, Assessments assessments, Estimates estimates,
			RateTables rateTables, JsonMapper json) {
		this.cases = cases;
		this.submissions = submissions;
		this.assessments = assessments;
		this.estimates = estimates;
		this.rateTables = rateTables;
		this.json = json;
	}

	public CasePage list(AccountPrincipal officer, CaseFilter filter) {
		return this.cases.list(Staff.officerAgency(officer), filter);
	}

	public List<CaseRow> export(AccountPrincipal officer, CaseFilter filter) {
		return this.cases.export(Staff.officerAgency(officer), filter, EXPORT_LIMIT);
	}

	/** The call years and rounds the agency has submissions in, newest first. */
	public List<int[]> rounds(AccountPrincipal officer) {
		return this.cases.rounds(Staff.officerAgency(officer));
	}

	/**
	 * The case for an officer of its agency or an assessor who declared no conflict;
	 * anyone else finds nothing.
	 */
	public CaseRow get(AccountPrincipal user, long applicationId) {
		CaseRow row = this.cases.find(applicationId).orElseThrow(ReviewNotFoundException::new);
		if (!this.assessments.mayView(user, row)) {
			throw new ReviewNotFoundException();
		}
		return row;
	}

	/** The submitted snapshot, as JSON, for the same readers as {@link #get}. */
	public String snapshot(AccountPrincipal user, long applicationId) {
		get(user, applicationId);
		return this.submissions.find(applicationId).orElseThrow(ReviewNotFoundException::new).snapshot();
	}

	/**
	 * The application as submitted, and its budget recomputed with the rate table in
	 * force now, category by category.
	 */
	public CaseDetail detail(AccountPrincipal user, long applicationId) {
		CaseRow row = get(user, applicationId);
		SubmittedApplication submission = this.submissions.find(applicationId)
			.orElseThrow(ReviewNotFoundException::new);
		@SuppressWarnings("unchecked")
		Map<String, Object> snapshot = this.json.readValue(submission.snapshot(), Map.class);
		Estimate current = this.rateTables.current(submission.callYear())
			.map((table) -> estimate(submission, table))
			.orElse(null);
		// Until the rates change, the budget now is the budget at submission.
		Estimate atSubmission = (current != null && current.rateTableVersion() == submission.rateTableVersion())
				? current
				: this.rateTables.published(submission.callYear(), submission.rateTableVersion())
					.map((table) -> estimate(submission, table))
					.orElse(null);
		List<Comparison> comparison = new ArrayList<>();
		if (current != null && atSubmission != null) {
			for (BudgetCategory category : BudgetCategory.values()) {
				comparison.add(new Comparison(category, atSubmission.breakdown().totals().get(category),
						current.breakdown().totals().get(category)));
			}
		}
		return new CaseDetail(row, submission, snapshot, atSubmission, current, comparison);
	}

	private Estimate estimate(SubmittedApplication submission, RateTable table) {
		return this.estimates.estimate(submission.plan(), table, submission.agencyCode(), UnaryOperator.identity());
	}

	/**
	 * One application in full.
	 *
	 * @param snapshot the submission snapshot, parsed, as the coordinator sent it
	 * @param atSubmission the budget with the rate-table version of the submission
	 * @param current the budget with the newest published rates; null when there is none
	 * @param comparison both budgets per category
	 */
	public record CaseDetail(CaseRow row, SubmittedApplication submission, Map<String, Object> snapshot,
			Estimate atSubmission, Estimate current, List<Comparison> comparison) {

		public boolean ratesChanged() {
			return this.current != null && this.current.rateTableVersion() != this.submission.rateTableVersion();
		}

	}

	/** A category's grant at submission and now. */
	public record Comparison(BudgetCategory category, BigDecimal atSubmission, BigDecimal current) {

		public BigDecimal difference() {
			return this.current.subtract(this.atSubmission);
		}

	}

}
