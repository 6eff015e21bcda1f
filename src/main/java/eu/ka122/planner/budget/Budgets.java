package eu.ka122.planner.budget;

import eu.ka122.planner.budget.domain.Breakdown;
import eu.ka122.planner.budget.domain.BudgetCalculator;
import eu.ka122.planner.budget.domain.RateTable;
import eu.ka122.planner.shared.ApplicationPlan;

import org.springframework.stereotype.Service;

/** The budget module's API for calculations: the pure calculator, as a bean. */
@Service
public class Budgets {

	private final BudgetCalculator calculator = new BudgetCalculator();

	public Breakdown calculate(ApplicationPlan plan, RateTable table, String agencyCode) {
		return this.calculator.calculate(plan, table, agencyCode);
	}

}
