package eu.ka122.planner.estimate;

import java.util.List;
import java.util.function.UnaryOperator;

import eu.ka122.planner.budget.Budgets;
import eu.ka122.planner.budget.RateTables;
import eu.ka122.planner.budget.domain.Breakdown;
import eu.ka122.planner.budget.domain.RateTable;
import eu.ka122.planner.calls.CallRound;
import eu.ka122.planner.calls.Calls;
import eu.ka122.planner.eligibility.domain.BudgetFigures;
import eu.ka122.planner.eligibility.domain.CallFacts;
import eu.ka122.planner.eligibility.domain.EligibilityEngine;
import eu.ka122.planner.eligibility.domain.EligibilityInput;
import eu.ka122.planner.eligibility.domain.Finding;
import eu.ka122.planner.shared.ApplicationPlan;

import org.springframework.stereotype.Service;

/**
 * The one place where a plan meets its rate table, its call and the rules. Stores
 * nothing.
 */
@Service
public class Estimates {

	private final RateTables rateTables;

	private final Budgets budgets;

	private final Calls calls;

	private final EligibilityEngine engine = new EligibilityEngine();

	Estimates(RateTables rateTables, Budgets budgets, Calls calls) {
		this.rateTables = rateTables;
		this.budgets = budgets;
		this.calls = calls;
	}

	/**
	 * What the public API and calculator know: the plan only. Rules that need an
	 * organisation, dates, a declaration or the clock are not evaluated.
	 * @throws NoPublishedRateTableException when the call year has no published rate
	 * table
	 */
	public Estimate estimate(ApplicationPlan plan) {
		return estimate(plan, null, UnaryOperator.identity());
	}

	/**
	 * With more facts (organisation, dates, history, clock, declaration) added by the
	 * caller to the rules' input, and optionally an explicit agency (Belgium has three).
	 */
	public Estimate estimate(ApplicationPlan plan, String agencyCode, UnaryOperator<EligibilityInput> moreFacts) {
		RateTable table = this.rateTables.current(plan.callYear())
			.orElseThrow(() -> new NoPublishedRateTableException(plan.callYear()));
		return estimate(plan, table, agencyCode, moreFacts);
	}

	/** With a given rate-table version, e.g. the one a submitted application keeps. */
	public Estimate estimate(ApplicationPlan plan, RateTable table, String agencyCode,
			UnaryOperator<EligibilityInput> moreFacts) {
		String agency = agencyCode != null ? agencyCode : table.defaultAgencyCode(plan.applicantCountry()).orElse(null);
		Breakdown breakdown = this.budgets.calculate(plan, table, agency);
		BudgetFigures figures = new BudgetFigures(breakdown.total(), breakdown.courseShare(),
				breakdown.courseShareLimit(), breakdown.unitCostTravelPerActivity(),
				table.units().expensiveTravelThresholdShare());
		EligibilityInput input = moreFacts
			.apply(EligibilityInput.estimate(plan, figures, callFacts(plan.callYear(), agency)));
		List<Finding> findings = this.engine.evaluate(input);
		return new Estimate(plan, agency, breakdown, findings);
	}

	private CallFacts callFacts(int callYear, String agency) {
		boolean round2Open = this.calls.round2Open(callYear, agency);
		List<CallRound> rounds = this.calls.rounds(callYear);
		if (rounds.size() < 2) {
			return CallFacts.standard(callYear, round2Open);
		}
		CallRound first = rounds.get(0);
		CallRound second = rounds.get(1);
		return new CallFacts(round2Open, first.deadline(), second.deadline(), first.startFrom(), first.startTo(),
				second.startFrom(), second.startTo());
	}

}
