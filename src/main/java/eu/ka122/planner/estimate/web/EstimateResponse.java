package eu.ka122.planner.estimate.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import eu.ka122.planner.budget.domain.ActivityBudget;
import eu.ka122.planner.budget.domain.Breakdown;
import eu.ka122.planner.budget.domain.BudgetCategory;
import eu.ka122.planner.budget.domain.BudgetLine;
import eu.ka122.planner.budget.domain.DailyRates;
import eu.ka122.planner.eligibility.domain.Finding;
import eu.ka122.planner.eligibility.domain.Severity;
import eu.ka122.planner.estimate.Estimate;
import eu.ka122.planner.estimate.EstimateTexts;
import eu.ka122.planner.shared.ActivityType;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer of {@code POST /api/v1/estimates}: the budget by activity and category and
 * every finding of the rules the plan alone lets the API evaluate. Amounts are EUR as
 * JSON numbers, written without trailing zeros: unit-cost amounts are whole numbers, real
 * costs have cents where needed.
 */
@Schema(name = "EstimateResponse", description = "The estimated grant of a plan and every rule it does not meet.")
record EstimateResponse(@Schema(example = "2026") int callYear,
		@Schema(description = "Normalised: GR is answered as EL.", example = "ES") String applicantCountry,
		@Schema(description = "The National Agency whose daily rates were used; null when the applicant's country "
				+ "has none.", example = "ES01", nullable = true) @JsonInclude(Include.ALWAYS) String nationalAgency,
		@Schema(description = "Version of the call year's rate table used.", example = "3") int rateTableVersion,
		List<Activity> activities,
		@Schema(description = "All nine budget categories in the Guide's order, zeros included.",
				example = "{\"ORGANISATIONAL_SUPPORT\": 1050, \"TRAVEL\": 927, \"INDIVIDUAL_SUPPORT\": 6876, "
						+ "\"INCLUSION_SUPPORT_ORGANISATIONS\": 125, \"INCLUSION_SUPPORT_PARTICIPANTS\": 0, "
						+ "\"PREPARATORY_VISITS\": 0, \"COURSE_FEES\": 0, \"LINGUISTIC_SUPPORT\": 0, "
						+ "\"EXCEPTIONAL_COSTS\": 0}") Map<BudgetCategory, BigDecimal> totals,
		@Schema(description = "The project total, EUR.", example = "8978") BigDecimal total, CourseShare courseShare,
		@ArraySchema(arraySchema = @Schema(description = "Every rule that does not hold: application-level findings "
				+ "first, then by activity and rule ID.")) List<FindingItem> findings,
		@Schema(description = "False when any finding is an ERROR.", example = "true") boolean submittable) {

	private static final Logger logger = LoggerFactory.getLogger(EstimateResponse.class);

	static EstimateResponse of(Estimate estimate, EstimateTexts texts) {
		Breakdown breakdown = estimate.breakdown();
		Map<BudgetCategory, BigDecimal> totals = new LinkedHashMap<>();
		for (BudgetCategory category : BudgetCategory.values()) {
			totals.put(category, plain(breakdown.totals().getOrDefault(category, BigDecimal.ZERO)));
		}
		return new EstimateResponse(estimate.plan().callYear(), estimate.plan().applicantCountry(),
				estimate.agencyCode(), estimate.rateTableVersion(),
				breakdown.activities().stream().map((activity) -> Activity.of(activity, texts)).toList(), totals,
				plain(breakdown.total()),
				new CourseShare(plain(breakdown.courseShare()), plain(breakdown.courseShareLimit())),
				estimate.findings().stream().map((finding) -> FindingItem.of(finding, texts)).toList(),
				estimate.submittable());
	}

	/**
	 * 1050 rather than 1050.00 or 1.05E+3, 12.5 rather than 12.50: Jackson writes a
	 * BigDecimal as its {@code toString()}, which is plain for a non-negative scale and
	 * the amounts and distances of a budget.
	 */
	static BigDecimal plain(BigDecimal amount) {
		BigDecimal stripped = amount.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	/**
	 * A message key the bundles lack, or arguments its pattern cannot format, must not
	 * turn an estimate into a server error: the key is shown instead and the gap is
	 * logged.
	 */
	private static String text(Supplier<String> render, String key) {
		try {
			return render.get();
		}
		catch (RuntimeException ex) {
			logger.warn("Cannot render message {}", key, ex);
			return key;
		}
	}

	@Schema(name = "EstimateActivity", description = "The budget of one activity row.")
	record Activity(@Schema(description = "The row's position in the request, from 0.", example = "0") int index,
			@Schema(example = "JOB_SHADOWING") ActivityType type,
			@Schema(description = "The distance used, km: the request's, rounded half-up to 0.01 km, or the one "
					+ "computed from the cities.", example = "1365.28") BigDecimal distanceKm,
			@Schema(description = "Group of the receiving country; null when it has none.", example = "1",
					nullable = true) @JsonInclude(Include.ALWAYS) Integer receivingCountryGroup,
			@Schema(description = "Present only for rows that receive individual support.",
					requiredMode = Schema.RequiredMode.NOT_REQUIRED) @JsonInclude(Include.NON_NULL) Rates dailyRates,
			@ArraySchema(arraySchema = @Schema(description = "The non-zero lines only.")) List<Line> lines,
			@Schema(example = "8978") BigDecimal total) {

		static Activity of(ActivityBudget activity, EstimateTexts texts) {
			DailyRates rates = activity.dailyRates();
			return new Activity(activity.index(), activity.type(), plain(activity.distanceKm()),
					activity.receivingCountryGroup(),
					(rates != null) ? new Rates(rates.participantBase(), rates.participantReduced(),
							rates.accompanyingBase(), rates.accompanyingReduced()) : null,
					activity.lines().stream().map((line) -> Line.of(line, texts)).toList(), plain(activity.total()));
		}

	}

	@Schema(name = "DailyRates", description = "Daily individual support rates, EUR: the base rate up to day 14, "
			+ "the reduced rate after it. Accompanying persons get the staff rates.")
	record Rates(@Schema(example = "191") int participantBase, @Schema(example = "134") int participantReduced,
			@Schema(example = "191") int accompanyingBase, @Schema(example = "134") int accompanyingReduced) {

	}

	@Schema(name = "EstimateLine", description = "One amount of the budget with how it was computed.")
	record Line(@Schema(example = "TRAVEL") BudgetCategory category,
			@Schema(description = "EUR; whole euros for unit costs, cents for real costs.",
					example = "927") BigDecimal amount,
			@Schema(example = "3 persons × 309 EUR (500–1999 km, standard travel)") String explanation) {

		static Line of(BudgetLine line, EstimateTexts texts) {
			return new Line(line.category(), plain(line.amount()), text(
					() -> texts.explanation(line.explanation(), ApiMessages.LOCALE), line.explanation().messageKey()));
		}

	}

	@Schema(name = "CourseShare",
			description = "The estimated grant of all COURSE rows and the most they may get " + "(APP-COURSE-SHARE).")
	record CourseShare(@Schema(example = "0") BigDecimal amount, @Schema(example = "20000") BigDecimal limit) {

	}

	@Schema(name = "EstimateFinding", description = "A rule that does not hold.")
	record FindingItem(@Schema(description = "The rulebook's rule ID.", example = "ACT-GREEN-UNDER-500") String rule,
			@Schema(example = "WARNING") Severity severity,
			@Schema(description = "The activity row, from 0; null for an application-level rule.", example = "0",
					nullable = true) @JsonInclude(Include.ALWAYS) Integer activityIndex,
			@Schema(description = "What is wrong, in English.") String message) {

		static FindingItem of(Finding finding, EstimateTexts texts) {
			return new FindingItem(finding.ruleId(), finding.severity(), finding.activityIndex(),
					text(() -> texts.finding(finding, ApiMessages.LOCALE), finding.messageKey()));
		}

	}

}
