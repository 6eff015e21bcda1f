package eu.ka122.planner.budget.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import eu.ka122.planner.budget.domain.PriceList.AgencyPrices;
import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.ApplicationPlan;
import eu.ka122.planner.shared.Money;
import eu.ka122.planner.shared.ParticipantKind;
import eu.ka122.planner.shared.PlannedActivity;

/**
 * The formulas of rulebook §4 as a pure function of a plan and a rate table. The budget
 * is computed as requested: eligibility findings say what must change, they never change
 * the arithmetic. Nothing here throws for a plan the records accept; what cannot be
 * priced (an unknown agency, a country without a group) simply gets no individual
 * support.
 * <p>
 * Estimates are computed for every keystroke of the live preview and every API call, so
 * the formulas run on a {@link PriceList} of the table (rates looked up, not recomputed,
 * per row) and whole-euro products are taken in {@code long} arithmetic; the amounts are
 * still {@code BigDecimal}s with the scales the rulebook sets, equal to what the plain
 * formulas give (a property test compares them).
 */
public final class BudgetCalculator {

	/**
	 * How many rate tables' price lists the calculator keeps: a few call years' worth.
	 */
	private static final int REMEMBERED_TABLES = 4;

	/**
	 * The price lists of the tables used last, newest first; replaced, never changed, so
	 * threads share it without locks. Tables are found by identity: the application keeps
	 * one instance per published version, and a record's equals would compare every map.
	 */
	private volatile PriceList[] priceLists = new PriceList[0];

	/** Uses the default agency of the applicant's country. */
	public Breakdown calculate(ApplicationPlan plan, RateTable table) {
		return calculate(plan, table, table.defaultAgencyCode(plan.applicantCountry()).orElse(null));
	}

	/**
	 * Uses the given agency, for countries with several (Belgium has one per language
	 * community).
	 */
	public Breakdown calculate(ApplicationPlan plan, RateTable table, String agencyCode) {
		PriceList prices = priceList(table);
		AgencyPrices agency = prices.agency(agencyCode);
		UnitAmounts units = table.units();
		List<PlannedActivity> rows = plan.activities();
		// Participants so far per activity type, for the organisational-support
		// threshold.
		int[] participantsSoFar = new int[ActivityType.values().length];
		Sum[] totals = new Sum[BudgetCategory.values().length];
		Sum total = new Sum();
		List<ActivityBudget> activities = new ArrayList<>(rows.size());
		Sum courseShare = new Sum();
		for (int index = 0; index < rows.size(); index++) {
			ActivityBudget activity = activity(index, rows.get(index), plan, prices, agency, participantsSoFar);
			activities.add(activity);
			accumulate(totals, total, activity.lines());
			if (activity.type() == ActivityType.COURSE) {
				courseShare.add(activity.total());
			}
		}
		List<BudgetLine> applicationLines = new ArrayList<>(1);
		BigDecimal guarantee = plan.financialGuaranteeCosts();
		BigDecimal funded = (guarantee.signum() != 0) ? Money.cents(guarantee.multiply(units.exceptionalCostShare()))
				: BigDecimal.ZERO;
		if (funded.signum() != 0) {
			applicationLines.add(new BudgetLine(BudgetCategory.EXCEPTIONAL_COSTS, funded,
					Explanation.of("budget.line.financialGuarantee", guarantee, units.exceptionalCostShare())));
		}
		accumulate(totals, total, applicationLines);

		Map<BudgetCategory, BigDecimal> byCategory = new EnumMap<>(BudgetCategory.class);
		for (BudgetCategory category : BudgetCategory.values()) {
			Sum sum = totals[category.ordinal()];
			if (sum != null) {
				byCategory.put(category, sum.value());
			}
		}
		BigDecimal projectTotal = total.value();
		return new Breakdown(plan.callYear(), table.version(), agencyCode,
				agency != null && agency.rates().provisional(), activities, applicationLines, byCategory, projectTotal,
				courseShare.value(), courseShareLimit(projectTotal, units));
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

	/**
	 * One row's lines, in the order of their categories (several lines of one category in
	 * the order they are listed here).
	 */
	private ActivityBudget activity(int index, PlannedActivity activity, ApplicationPlan plan, PriceList prices,
			AgencyPrices agency, int[] participantsSoFar) {
		UnitAmounts units = prices.table().units();
		ActivityType type = activity.type();
		int participants = activity.participants();
		// The rulebook: accompanying persons on rows that may not have any receive
		// nothing.
		int accompanying = type.isMobility() ? activity.accompanyingPersons() : 0;
		List<BudgetLine> lines = new ArrayList<>(8);

		organisationalSupport(type, participants, units, participantsSoFar, lines);
		BigDecimal unitCostTravel = travel(activity, participants + accompanying, prices, lines);
		Integer group = prices.groupOf(receivingCountry(activity, plan));
		DailyRates rates = type.receivesIndividualSupport() ? dailyRates(type.kind(), group, agency, units) : null;
		if (rates != null) {
			individualSupport(activity, accompanying, rates, units, lines);
		}
		if (type != ActivityType.PREPARATORY_VISIT) {
			addPerPerson(lines, BudgetCategory.INCLUSION_SUPPORT_ORGANISATIONS,
					activity.participantsWithFewerOpportunities(), units.inclusionSupport(),
					"budget.line.inclusionSupportOrganisations");
		}
		addRealCosts(lines, BudgetCategory.INCLUSION_SUPPORT_PARTICIPANTS, activity.inclusionSupportCosts(),
				"budget.line.inclusionSupportParticipants");
		if (type == ActivityType.PREPARATORY_VISIT) {
			addPerPerson(lines, BudgetCategory.PREPARATORY_VISITS, participants, units.preparatoryVisit(),
					"budget.line.preparatoryVisits");
		}
		if (type == ActivityType.COURSE) {
			courseFees(participants, activity.durationDays(), units.courseFeePerDay(), lines);
		}
		if (type.receivesLinguisticSupport()) {
			addPerPerson(lines, BudgetCategory.LINGUISTIC_SUPPORT, activity.linguisticSupportParticipants(),
					units.linguisticSupport(), "budget.line.linguisticSupport");
		}
		if (type == ActivityType.LONG_TERM_PUPIL_MOBILITY) {
			addPerPerson(lines, BudgetCategory.LINGUISTIC_SUPPORT, participants, units.reinforcedLinguisticSupport(),
					"budget.line.linguisticSupport.reinforced");
		}
		expensiveTravel(activity, unitCostTravel, units, lines);
		addRealCosts(lines, BudgetCategory.EXCEPTIONAL_COSTS, activity.visaAndMedicalCosts(),
				"budget.line.visaAndMedical");

		Sum total = new Sum();
		for (BudgetLine line : lines) {
			total.add(line.amount());
		}
		return new ActivityBudget(index, type, activity.distanceKm(), group, rates, lines, total.value(),
				unitCostTravel);
	}

	private static void organisationalSupport(ActivityType type, int participants, UnitAmounts units,
			int[] participantsSoFar, List<BudgetLine> lines) {
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
		addPerPerson(lines, BudgetCategory.ORGANISATIONAL_SUPPORT, participants, amount,
				"budget.line.organisationalSupport");
	}

	/**
	 * The Guide pays less per participant beyond the 100th of the same type, counted in
	 * row order.
	 */
	private static void withThreshold(ActivityType type, int participants, UnitAmounts units, int[] participantsSoFar,
			List<BudgetLine> lines) {
		int before = participantsSoFar[type.ordinal()];
		int threshold = units.organisationalSupportThreshold();
		int full = (participants <= 0) ? participants : Math.max(0, Math.min(participants, threshold - before));
		int beyond = participants - full;
		participantsSoFar[type.ordinal()] = before + Math.max(participants, 0);
		int fullAmount = units.organisationalSupportIndividual();
		int beyondAmount = units.organisationalSupportBeyondThreshold();
		BigDecimal amount = euros(1, full, fullAmount, beyond, beyondAmount);
		if (amount.signum() == 0) {
			return;
		}
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
		lines.add(new BudgetLine(BudgetCategory.ORGANISATIONAL_SUPPORT, amount, explanation));
	}

	/**
	 * Adds the travel line unless expensive travel costs replace it (see
	 * {@link #expensiveTravel}), and returns the unit-cost travel grant either way.
	 */
	private static BigDecimal travel(PlannedActivity activity, int persons, PriceList prices, List<BudgetLine> lines) {
		PriceList.Band band = activity.type().receivesTravel() ? prices.travelBand(activity.distanceKm()) : null;
		if (band == null) {
			return BigDecimal.ZERO;
		}
		boolean green = activity.greenTravel();
		int amount = band.band().amount(green);
		BigDecimal unitCostTravel = euros(persons, amount);
		if (activity.expensiveTravelCosts().signum() <= 0 && unitCostTravel.signum() != 0) {
			lines.add(new BudgetLine(BudgetCategory.TRAVEL, unitCostTravel,
					travelExplanation(band, persons, amount, green)));
		}
		return unitCostTravel;
	}

	private static Explanation travelExplanation(PriceList.Band band, int persons, int amount, boolean green) {
		BigDecimal fromKm = band.band().fromKm();
		if (band.band().isOpen()) {
			return Explanation.of(green ? "budget.line.travel.green.open" : "budget.line.travel.standard.open", persons,
					amount, fromKm);
		}
		return Explanation.of(green ? "budget.line.travel.green" : "budget.line.travel.standard", persons, amount,
				fromKm, band.lastIncludedKm());
	}

	/**
	 * The Guide: expensive travel replaces the unit-cost travel grant, with 80 % of the
	 * real costs as an exceptional cost.
	 */
	private static void expensiveTravel(PlannedActivity activity, BigDecimal unitCostTravel, UnitAmounts units,
			List<BudgetLine> lines) {
		BigDecimal expensive = activity.expensiveTravelCosts();
		if (expensive.signum() <= 0) {
			return;
		}
		BigDecimal funded = Money.cents(expensive.multiply(units.exceptionalCostShare()));
		if (funded.signum() != 0) {
			lines.add(new BudgetLine(BudgetCategory.EXCEPTIONAL_COSTS, funded, Explanation
				.of("budget.line.expensiveTravel", expensive, units.exceptionalCostShare(), unitCostTravel)));
		}
	}

	/**
	 * Invited experts come to the applicant, so they are paid at the rates of the
	 * applicant's country.
	 */
	private static String receivingCountry(PlannedActivity activity, ApplicationPlan plan) {
		return (activity.type() == ActivityType.INVITED_EXPERT) ? plan.applicantCountry()
				: activity.destinationCountry();
	}

	/** The agency's rates from its price list, computed once per table. */
	private static DailyRates dailyRates(ParticipantKind kind, Integer group, AgencyPrices agency, UnitAmounts units) {
		if (group == null || agency == null) {
			return null;
		}
		DailyRates rates = agency.ratesFor(kind, group);
		return (rates != null) ? rates : dailyRates(kind, group, agency.rates(), units);
	}

	/**
	 * The payable rates of a row whose participants are of the given kind: pupils get the
	 * pupil rates, everyone else and every accompanying person the staff rates. Null
	 * where the agency has no rate for the group.
	 */
	static DailyRates dailyRates(ParticipantKind kind, Integer group, AgencyRates agency, UnitAmounts units) {
		if (group == null || agency == null) {
			return null;
		}
		Integer staff = agency.staffRate(group).orElse(null);
		Integer participant = (kind == ParticipantKind.LEARNER) ? agency.pupilRate(group).orElse(null) : staff;
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
		BigDecimal amount = euros(participants, full, rates.participantBase(), reducedDays, rates.participantReduced());
		if (amount.signum() != 0) {
			lines.add(new BudgetLine(BudgetCategory.INDIVIDUAL_SUPPORT, amount, (reducedDays == 0)
					? Explanation.of("budget.line.individualSupport.participants", participants, days,
							rates.participantBase())
					: Explanation.of("budget.line.individualSupport.participants.reduced", participants, full,
							rates.participantBase(), reducedDays, rates.participantReduced(), fullRateDays + 1)));
		}
		accompanyingPersons(accompanying, days, rates, units, lines);
	}

	/** Accompanying persons: staff rates, for 60 days at most. */
	private static void accompanyingPersons(int accompanying, int days, DailyRates rates, UnitAmounts units,
			List<BudgetLine> lines) {
		if (accompanying == 0) {
			return;
		}
		int fullRateDays = units.fullRateDays();
		int paidDays = Math.min(days, units.accompanyingCapDays());
		int accompanyingFull = Math.min(paidDays, fullRateDays);
		int accompanyingReduced = Math.max(paidDays - fullRateDays, 0);
		BigDecimal amount = euros(accompanying, accompanyingFull, rates.accompanyingBase(), accompanyingReduced,
				rates.accompanyingReduced());
		if (amount.signum() == 0) {
			return;
		}
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
		lines.add(new BudgetLine(BudgetCategory.INDIVIDUAL_SUPPORT, amount, explanation));
	}

	/**
	 * A real-cost line, rounded half-up to the cent; most rows request none, and then no
	 * rounding is done.
	 */
	private static void addRealCosts(List<BudgetLine> lines, BudgetCategory category, BigDecimal costs,
			String messageKey) {
		BigDecimal amount = (costs.signum() != 0) ? Money.cents(costs) : BigDecimal.ZERO;
		if (amount.signum() != 0) {
			lines.add(new BudgetLine(category, amount, Explanation.of(messageKey, costs)));
		}
	}

	/**
	 * A unit-cost line of count × amount, e.g. 125 × f for inclusion support. Most rows
	 * have several zero lines (no fewer opportunities, no linguistic support, …), which
	 * are dropped: their explanation is only built for a line that is kept.
	 */
	private static void addPerPerson(List<BudgetLine> lines, BudgetCategory category, int count, int amount,
			String messageKey) {
		BigDecimal total = euros(count, amount);
		if (total.signum() != 0) {
			lines.add(new BudgetLine(category, total, Explanation.of(messageKey, count, amount)));
		}
	}

	/** Course fees: 80 × d × n, for the days of the course only. */
	private static void courseFees(int participants, int days, int feePerDay, List<BudgetLine> lines) {
		BigDecimal fees = euros(participants, days, feePerDay);
		if (fees.signum() != 0) {
			lines.add(new BudgetLine(BudgetCategory.COURSE_FEES, fees,
					Explanation.of("budget.line.courseFees", participants, days, feePerDay)));
		}
	}

	private static void accumulate(Sum[] totals, Sum total, List<BudgetLine> lines) {
		for (BudgetLine line : lines) {
			int category = line.category().ordinal();
			if (totals[category] == null) {
				totals[category] = new Sum();
			}
			totals[category].add(line.amount());
			total.add(line.amount());
		}
	}

	/** count × amount in whole euros; a long holds every product of two ints. */
	private static BigDecimal euros(int count, int amount) {
		return BigDecimal.valueOf((long) count * amount);
	}

	/** count × days × rate in whole euros, exactly. */
	private static BigDecimal euros(int count, int days, int rate) {
		return euros(count, days, rate, 0, 0);
	}

	/**
	 * count × (days × rate + moreDays × moreRate) in whole euros, exactly. Every real
	 * plan stays far inside a long; record invariants allow any int, so where a long
	 * would overflow, BigDecimal takes over instead of wrapping.
	 */
	private static BigDecimal euros(int count, int days, int rate, int moreDays, int moreRate) {
		try {
			long perPerson = Math.addExact((long) days * rate, (long) moreDays * moreRate);
			return BigDecimal.valueOf(Math.multiplyExact(perPerson, count));
		}
		catch (ArithmeticException overflow) {
			return euros(days, rate).add(euros(moreDays, moreRate)).multiply(BigDecimal.valueOf(count));
		}
	}

	/**
	 * An exact sum from zero, equal to adding with {@code BigDecimal.add} (scale
	 * included), that adds whole euros, nearly every amount, in a long instead of making
	 * a {@code BigDecimal} per addition.
	 */
	private static final class Sum {

		private long euros;

		/** Amounts in cents, and whole euros beyond a long. */
		private BigDecimal rest = BigDecimal.ZERO;

		void add(BigDecimal amount) {
			if (amount.scale() == 0) {
				try {
					this.euros = Math.addExact(this.euros, amount.longValueExact());
					return;
				}
				catch (ArithmeticException overflow) {
					// falls through to BigDecimal
				}
			}
			this.rest = this.rest.add(amount);
		}

		BigDecimal value() {
			BigDecimal euros = BigDecimal.valueOf(this.euros);
			return (this.rest == BigDecimal.ZERO) ? euros : this.rest.add(euros);
		}

	}

	private PriceList priceList(RateTable table) {
		PriceList[] lists = this.priceLists;
		for (PriceList list : lists) {
			if (list.table() == table) {
				return list;
			}
		}
		PriceList list = PriceList.of(table);
		PriceList[] newest = new PriceList[Math.min(lists.length + 1, REMEMBERED_TABLES)];
		newest[0] = list;
		System.arraycopy(lists, 0, newest, 1, newest.length - 1);
		this.priceLists = newest;
		return list;
	}

}
