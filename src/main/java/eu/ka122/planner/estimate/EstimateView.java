package eu.ka122.planner.estimate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import eu.ka122.planner.budget.domain.ActivityBudget;
import eu.ka122.planner.budget.domain.Breakdown;
import eu.ka122.planner.budget.domain.BudgetLine;
import eu.ka122.planner.eligibility.domain.Finding;
import eu.ka122.planner.eligibility.domain.Severity;

/**
 * An estimate with every text rendered for one reader, as the budget and findings
 * fragments show it (calculator page and application form alike).
 */
public record EstimateView(int callYear, int rateTableVersion, String agencyCode, boolean provisionalRates,
		BigDecimal total, BigDecimal courseShare, BigDecimal courseShareLimit, boolean submittable, List<Line> totals,
		List<Line> applicationLines, List<ActivityView> activities, List<FindingView> findings) {

	public EstimateView(Estimate estimate, EstimateTexts texts, Locale locale) {
		this(estimate.breakdown().callYear(), estimate.rateTableVersion(), estimate.agencyCode(),
				estimate.breakdown().provisionalRates(), estimate.breakdown().total(),
				estimate.breakdown().courseShare(), estimate.breakdown().courseShareLimit(), estimate.submittable(),
				totals(estimate.breakdown(), texts, locale),
				lines(estimate.breakdown().applicationLines(), texts, locale), activities(estimate, texts, locale),
				findings(estimate.findings(), texts, locale));
	}

	public long count(String severity) {
		return this.findings.stream().filter((f) -> f.severity().name().equals(severity)).count();
	}

	public List<FindingView> applicationFindings() {
		return this.findings.stream().filter((f) -> f.activityIndex() == null).toList();
	}

	private static List<Line> totals(Breakdown breakdown, EstimateTexts texts, Locale locale) {
		return breakdown.totals()
			.entrySet()
			.stream()
			.map((e) -> new Line(e.getKey().name(), texts.category(e.getKey(), locale), e.getValue(), null))
			.toList();
	}

	private static List<Line> lines(List<BudgetLine> lines, EstimateTexts texts, Locale locale) {
		return lines.stream()
			.map((l) -> new Line(l.category().name(), texts.category(l.category(), locale), l.amount(),
					texts.explanation(l.explanation(), locale)))
			.toList();
	}

	private static List<ActivityView> activities(Estimate estimate, EstimateTexts texts, Locale locale) {
		return estimate.breakdown()
			.activities()
			.stream()
			.map((a) -> activity(a, estimate.findingsFor(a.index()), texts, locale))
			.toList();
	}

	private static ActivityView activity(ActivityBudget budget, List<Finding> findings, EstimateTexts texts,
			Locale locale) {
		return new ActivityView(budget.index(), budget.type().name(), budget.distanceKm(),
				budget.receivingCountryGroup(), lines(budget.lines(), texts, locale), budget.total(),
				findings(findings, texts, locale));
	}

	private static List<FindingView> findings(List<Finding> findings, EstimateTexts texts, Locale locale) {
		return findings.stream()
			.map((f) -> new FindingView(f.ruleId(), f.severity(), f.activityIndex(), texts.finding(f, locale)))
			.toList();
	}

	/** A category total or a budget line with its explanation. */
	public record Line(String category, String categoryName, BigDecimal amount, String explanation) {
	}

	/** One activity's budget and findings. */
	public record ActivityView(int index, String type, BigDecimal distanceKm, Integer receivingCountryGroup,
			List<Line> lines, BigDecimal total, List<FindingView> findings) {

		public int number() {
			return this.index + 1;
		}

	}

	/** A finding with its message in the reader's language. */
	public record FindingView(String ruleId, Severity severity, Integer activityIndex, String message) {

		/** The element the finding is about: the activity row, or the plan as a whole. */
		public String anchor() {
			return this.activityIndex == null ? "plan-settings" : "activity-" + this.activityIndex;
		}

		public Integer activityNumber() {
			return this.activityIndex == null ? null : this.activityIndex + 1;
		}

	}

}
