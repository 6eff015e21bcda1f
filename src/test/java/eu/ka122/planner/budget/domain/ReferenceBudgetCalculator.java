package eu.ka122.planner.budget.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.ApplicationPlan;
import eu.ka122.planner.shared.Money;
import eu.ka122.planner.shared.ParticipantKind;
import eu.ka122.planner.shared.PlannedActivity;

/**
 * The budget calculator as it was before it was made fast (commit f14bb32): the formulas
 * of rulebook §4 written as plainly as possible, with {@code BigDecimal} for every
 * product, streams and a fresh lookup of every rate per row. Kept as the oracle of
 * {@link BudgetCalculatorEquivalenceTests}, which requires the production calculator to
 * return equal breakdowns (amounts with the same scale, the same explanations) for any
 * plan and rate table.
 */
final class ReferenceBudgetCalculator {

	/** Uses the default agency of the applicant's country. */
	public Breakdown calculate(ApplicationPlan plan, RateTable table) {
		return calculate(plan, table, table.defaultAgencyCode(plan.applicantCountry()).orElse(null));
	}

	/**
	 * Uses the given agency, for countries with several (Belgium has one per language
	 * community).
	 */
	public Breakdown calculate(ApplicationPlan plan, RateTable table, String agencyCode) {
		AgencyRates agency = table.agency(agencyCode).orElse(null);
		Map<ActivityType, Integer> participantsSoFar = new EnumMap<>(ActivityType.class);
		List<ActivityBudget> activities = new ArrayList<>();
		for (int index = 0; index < plan.activities().size(); index++) {
			activities.add(activity(index, plan.activities().get(index), plan, table, agency, participantsSoFar));
		}
		List<BudgetLine> applicationLines = new ArrayList<>();
		UnitAmounts units = table.units();
		add(applicationLines, BudgetCategory.EXCEPTIONAL_COSTS,
				Money.cents(plan.financialGuaranteeCosts().multiply(units.exceptionalCostShare())),
				() -> Explanation.of("budget.line.financialGuarantee", plan.financialGuaranteeCosts(),
						units.exceptionalCostShare()));

		Map<BudgetCategory, BigDecimal> totals = new EnumMap<>(BudgetCategory.class);
		activities.forEach((activity) -> activity.lines().forEach((line) -> accumulate(totals, line)));
		applicationLines.forEach((line) -> accumulate(totals, line));
		BigDecimal total = sum(totals.values());
		BigDecimal courseShare = sum(activities.stream()
			.filter((activity) -> activity.type() == ActivityType.COURSE)
			.map(ActivityBudget::total)
			.toList());
		return new Breakdown(plan.callYear(), table.version(), agencyCode, agency != null && agency.provisional(),
				activities, applicationLines, totals, total, courseShare, courseShareLimit(total, units));
	}

	/**
	 * APP-COURSE-SHARE: the floor up to the threshold, else the ratio of the total
	 * rounded half-up to the cent. Both meet at the threshold (20 000 is half of 40 000),
	 * so the limit never jumps.
	 */
	static BigDecimal courseShareLimit(BigDecimal total, UnitAmounts units) {
		if (total.compareTo(BigDecimal.valueOf(units.courseShareThreshold())) <= 0) {
			return BigDecimal.valueOf(units.courseShareFloor());
		}
		return Money.cents(total.multiply(units.courseShareRatio()));
	}

	private ActivityBudget activity(int index, PlannedActivity activity, ApplicationPlan plan, RateTable table,
			AgencyRates agency, Map<ActivityType, Integer> participantsSoFar) {
		UnitAmounts units = table.units();
		ActivityType type = activity.type();
		int participants = activity.participants();
		// The rulebook: accompanying persons on rows that may not have any receive
		// nothing.
		int accompanying = type.isMobility() ? activity.accompanyingPersons() : 0;
		List<BudgetLine> lines = new ArrayList<>();

		organisationalSupport(type, participants, units, participantsSoFar, lines);
		BigDecimal unitCostTravel = travel(activity, participants + accompanying, table, lines);
		Integer group = table.groupOf(receivingCountry(activity, plan)).orElse(null);
		DailyRates rates = type.receivesIndividualSupport() ? dailyRates(type, group, agency, units) : null;
		if (rates != null) {
			individualSupport(activity, accompanying, rates, units, lines);
		}
		if (type != ActivityType.PREPARATORY_VISIT) {
			add(lines, BudgetCategory.INCLUSION_SUPPORT_ORGANISATIONS,
					euros(activity.participantsWithFewerOpportunities(), units.inclusionSupport()),
					() -> Explanation.of("budget.line.inclusionSupportOrganisations",
							activity.participantsWithFewerOpportunities(), units.inclusionSupport()));
		}
		add(lines, BudgetCategory.INCLUSION_SUPPORT_PARTICIPANTS, Money.cents(activity.inclusionSupportCosts()),
				() -> Explanation.of("budget.line.inclusionSupportParticipants", activity.inclusionSupportCosts()));
		if (type == ActivityType.PREPARATORY_VISIT) {
			add(lines, BudgetCategory.PREPARATORY_VISITS, euros(participants, units.preparatoryVisit()),
					() -> Explanation.of("budget.line.preparatoryVisits", participants, units.preparatoryVisit()));
		}
		if (type == ActivityType.COURSE) {
			add(lines, BudgetCategory.COURSE_FEES,
					euros(participants, activity.durationDays(), units.courseFeePerDay()), () -> Explanation
						.of("budget.line.courseFees", participants, activity.durationDays(), units.courseFeePerDay()));
		}
		if (type.receivesLinguisticSupport()) {
			add(lines, BudgetCategory.LINGUISTIC_SUPPORT,
					euros(activity.linguisticSupportParticipants(), units.linguisticSupport()),
					() -> Explanation.of("budget.line.linguisticSupport", activity.linguisticSupportParticipants(),
							units.linguisticSupport()));
		}
		if (type == ActivityType.LONG_TERM_PUPIL_MOBILITY) {
			add(lines, BudgetCategory.LINGUISTIC_SUPPORT, euros(participants, units.reinforcedLinguisticSupport()),
					() -> Explanation.of("budget.line.linguisticSupport.reinforced", participants,
							units.reinforcedLinguisticSupport()));
		}
		add(lines, BudgetCategory.EXCEPTIONAL_COSTS, Money.cents(activity.visaAndMedicalCosts()),
				() -> Explanation.of("budget.line.visaAndMedical", activity.visaAndMedicalCosts()));

		lines.sort(Comparator.comparing(BudgetLine::category));
		BigDecimal total = sum(lines.stream().map(BudgetLine::amount).toList());
		return new ActivityBudget(index, type, activity.distanceKm(), group, rates, lines, total, unitCostTravel);
	}

	private static void organisationalSupport(ActivityType type, int participants, UnitAmounts units,
			Map<ActivityType, Integer> participantsSoFar, List<BudgetLine> lines) {
		switch (type) {
			case GROUP_PUPIL_MOBILITY, COURSE, INVITED_EXPERT, HOSTING_TEACHER_IN_TRAINING ->
				perParticipant(participants, units.organisationalSupportBasic(), lines);
			case LONG_TERM_PUPIL_MOBILITY -> perParticipant(participants, units.organisationalSupportLongTerm(), lines);
			case SHORT_TERM_PUPIL_MOBILITY, JOB_SHADOWING, TEACHING_ASSIGNMENT ->
				withThreshold(type, participants, units, participantsSoFar, lines);
			case PREPARATORY_VISIT -> {
			}
		}
	}

	private static void perParticipant(int participants, int amount, List<BudgetLine> lines) {
		add(lines, BudgetCategory.ORGANISATIONAL_SUPPORT, euros(participants, amount),
				Explanation.of("budget.line.organisationalSupport", participants, amount));
	}

	/**
	 * The Guide pays less per participant beyond the 100th of the same type, counted in
	 * row order.
	 */
	private static void withThreshold(ActivityType type, int participants, UnitAmounts units,
			Map<ActivityType, Integer> participantsSoFar, List<BudgetLine> lines) {
		int before = participantsSoFar.getOrDefault(type, 0);
		int threshold = units.organisationalSupportThreshold();
		int full = (participants <= 0) ? participants : Math.max(0, Math.min(participants, threshold - before));
		int beyond = participants - full;
		participantsSoFar.put(type, before + Math.max(participants, 0));
		int fullAmount = units.organisationalSupportIndividual();
		int beyondAmount = units.organisationalSupportBeyondThreshold();
		Explanation explanation;
		if (beyond == 0) {
			explanation = Explanation.of("budget.line.organisationalSupport", full, fullAmount);
		}
		else if (full == 0) {
			explanation = Explanation.of("budget.line.organisationalSupport.beyondThreshold", beyond, beyondAmount,
					threshold);
		}
		else {
			explanation = Explanation.of("budget.line.organisationalSupport.split", full, fullAmount, beyond,
					beyondAmount, threshold);
		}
		add(lines, BudgetCategory.ORGANISATIONAL_SUPPORT, euros(full, fullAmount).add(euros(beyond, beyondAmount)),
				explanation);
	}

	/**
	 * Adds the travel line, or the expensive-travel line that replaces it, and returns
	 * the unit-cost travel grant either way.
	 */
	private static BigDecimal travel(PlannedActivity activity, int persons, RateTable table, List<BudgetLine> lines) {
		UnitAmounts units = table.units();
		BigDecimal unitCostTravel = BigDecimal.ZERO;
		Explanation explanation = null;
		TravelBand band = activity.type().receivesTravel() ? table.travelBand(activity.distanceKm()).orElse(null)
				: null;
		if (band != null) {
			int amount = band.amount(activity.greenTravel());
			unitCostTravel = euros(persons, amount);
			explanation = travelExplanation(band, persons, amount, activity.greenTravel());
		}
		BigDecimal expensive = activity.expensiveTravelCosts();
		if (expensive.signum() > 0) {
			add(lines, BudgetCategory.EXCEPTIONAL_COSTS, Money.cents(expensive.multiply(units.exceptionalCostShare())),
					Explanation.of("budget.line.expensiveTravel", expensive, units.exceptionalCostShare(),
							unitCostTravel));
		}
		else if (explanation != null) {
			add(lines, BudgetCategory.TRAVEL, unitCostTravel, explanation);
		}
		return unitCostTravel;
	}

	private static Explanation travelExplanation(TravelBand band, int persons, int amount, boolean green) {
		String key = "budget.line.travel." + (green ? "green" : "standard");
		if (band.isOpen()) {
			return Explanation.of(key + ".open", persons, amount, band.fromKm());
		}
		return Explanation.of(key, persons, amount, band.fromKm(), band.lastIncludedKm());
	}

	/**
	 * Invited experts come to the applicant, so they are paid at the rates of the
	 * applicant's country.
	 */
	private static String receivingCountry(PlannedActivity activity, ApplicationPlan plan) {
		return (activity.type() == ActivityType.INVITED_EXPERT) ? plan.applicantCountry()
				: activity.destinationCountry();
	}

	private static DailyRates dailyRates(ActivityType type, Integer group, AgencyRates agency, UnitAmounts units) {
		if (group == null || agency == null) {
			return null;
		}
		Integer staff = agency.staffRate(group).orElse(null);
		Integer participant = (type.kind() == ParticipantKind.LEARNER) ? agency.pupilRate(group).orElse(null) : staff;
		if (staff == null || participant == null) {
			return null;
		}
		return new DailyRates(participant, reduced(participant, units), staff, reduced(staff, units));
	}

	/**
	 * The Guide rounds the reduced rate to the nearest whole euro; 0.7 × 85 = 59.5 must
	 * give 60.
	 */
	static int reduced(int base, UnitAmounts units) {
		return Money.wholeEuros(BigDecimal.valueOf(base).multiply(units.reducedRateFactor())).intValueExact();
	}

	private static void individualSupport(PlannedActivity activity, int accompanying, DailyRates rates,
			UnitAmounts units, List<BudgetLine> lines) {
		int fullRateDays = units.fullRateDays();
		int days = activity.supportDays();
		int participants = activity.participants();
		int full = Math.min(days, fullRateDays);
		int reducedDays = Math.max(days - fullRateDays, 0);
		BigDecimal perParticipant = euros(full, rates.participantBase())
			.add(euros(reducedDays, rates.participantReduced()));
		add(lines, BudgetCategory.INDIVIDUAL_SUPPORT, perParticipant.multiply(BigDecimal.valueOf(participants)),
				(reducedDays == 0)
						? Explanation.of("budget.line.individualSupport.participants", participants, days,
								rates.participantBase())
						: Explanation.of("budget.line.individualSupport.participants.reduced", participants, full,
								rates.participantBase(), reducedDays, rates.participantReduced(), fullRateDays + 1));
		if (accompanying == 0) {
			return;
		}
		int paidDays = Math.min(days, units.accompanyingCapDays());
		int accompanyingFull = Math.min(paidDays, fullRateDays);
		int accompanyingReduced = Math.max(paidDays - fullRateDays, 0);
		BigDecimal perAccompanying = euros(accompanyingFull, rates.accompanyingBase())
			.add(euros(accompanyingReduced, rates.accompanyingReduced()));
		Explanation explanation;
		if (days > paidDays) {
			explanation = Explanation.of("budget.line.individualSupport.accompanying.capped", accompanying,
					accompanyingFull, rates.accompanyingBase(), accompanyingReduced, rates.accompanyingReduced(),
					fullRateDays + 1, paidDays, days);
		}
		else if (accompanyingReduced == 0) {
			explanation = Explanation.of("budget.line.individualSupport.accompanying", accompanying, paidDays,
					rates.accompanyingBase());
		}
		else {
			explanation = Explanation.of("budget.line.individualSupport.accompanying.reduced", accompanying,
					accompanyingFull, rates.accompanyingBase(), accompanyingReduced, rates.accompanyingReduced(),
					fullRateDays + 1);
		}
		add(lines, BudgetCategory.INDIVIDUAL_SUPPORT, perAccompanying.multiply(BigDecimal.valueOf(accompanying)),
				explanation);
	}

	/**
	 * Most rows have several zero lines (no fewer opportunities, no visa costs, …), which
	 * are dropped: their explanation is only built for a line that is kept.
	 */
	private static void add(List<BudgetLine> lines, BudgetCategory category, BigDecimal amount,
			Supplier<Explanation> explanation) {
		if (amount.signum() != 0) {
			lines.add(new BudgetLine(category, amount, explanation.get()));
		}
	}

	private static void add(List<BudgetLine> lines, BudgetCategory category, BigDecimal amount,
			Explanation explanation) {
		if (amount.signum() != 0) {
			lines.add(new BudgetLine(category, amount, explanation));
		}
	}

	private static void accumulate(Map<BudgetCategory, BigDecimal> totals, BudgetLine line) {
		totals.merge(line.category(), line.amount(), BigDecimal::add);
	}

	/**
	 * Exact whole-euro product: record invariants allow any int, and int arithmetic could
	 * overflow.
	 */
	private static BigDecimal euros(long... factors) {
		BigDecimal product = BigDecimal.ONE;
		for (long factor : factors) {
			product = product.multiply(BigDecimal.valueOf(factor));
		}
		return product;
	}

	private static BigDecimal sum(Iterable<BigDecimal> amounts) {
		BigDecimal sum = BigDecimal.ZERO;
		for (BigDecimal amount : amounts) {
			sum = sum.add(amount);
		}
		return sum;
	}

}
