package eu.ka122.planner.budget.domain;

import java.math.BigDecimal;

/**
 * One amount of a budget: whole euros for unit costs, cents for real costs. An activity
 * may have several lines of one category where they are computed differently
 * (participants and accompanying persons, linguistic and reinforced linguistic support,
 * expensive travel and visa costs).
 */
public record BudgetLine(BudgetCategory category, BigDecimal amount, Explanation explanation) {

}
