package eu.ka122.planner.review;

import java.math.BigDecimal;

import eu.ka122.planner.shared.OrganisationType;

/**
 * The submissions list's filters, search, sort and page; every part is optional and all
 * of them live in the URL, so a filtered list can be shared as a link.
 *
 * @param callYear only this call year
 * @param round only this round
 * @param stage only this review stage
 * @param minScore only scored applications with at least this total
 * @param maxScore only scored applications with at most this total
 * @param organisationType only organisations of this type
 * @param errors true: only applications with an eligibility error at submission; false:
 * only those without
 * @param query part of the reference or of the organisation's name, or the exact OID
 * @param sort the column to sort by
 * @param descending the sort direction
 * @param page the page, from 1
 */
public record CaseFilter(Integer callYear, Integer round, Stage stage, BigDecimal minScore, BigDecimal maxScore,
		OrganisationType organisationType, Boolean errors, String query, Sort sort, boolean descending, int page) {

	public static final int PAGE_SIZE = 25;

	public CaseFilter {
		sort = sort == null ? Sort.SUBMITTED : sort;
		page = Math.max(page, 1);
		query = (query == null || query.isBlank()) ? null : query.strip();
	}

	public static CaseFilter all() {
		return new CaseFilter(null, null, null, null, null, null, null, null, Sort.SUBMITTED, true, 1);
	}

	public CaseFilter withPage(int page) {
		return new CaseFilter(this.callYear, this.round, this.stage, this.minScore, this.maxScore,
				this.organisationType, this.errors, this.query, this.sort, this.descending, page);
	}

	/** The columns the list sorts by, each with its SQL expression. */
	public enum Sort {

		REFERENCE("c.reference"), ORGANISATION("ka122_fold(c.organisation_name) collate \"C\""),
		REQUESTED("c.requested_total"), PARTICIPANTS("c.participants"), STAGE("c.stage"), SCORE("c.score_total"),
		SUBMITTED("c.submitted_at");

		private final String column;

		Sort(String column) {
			this.column = column;
		}

		public String column() {
			return this.column;
		}

		public String messageKey() {
			return "review.list.sort." + name();
		}

	}

}
