package eu.ka122.planner.budget.domain;

/**
 * The Guide's budget categories, in the order the Guide and the application form present
 * them.
 */
public enum BudgetCategory {

	ORGANISATIONAL_SUPPORT,

	TRAVEL,

	INDIVIDUAL_SUPPORT,

	INCLUSION_SUPPORT_ORGANISATIONS,

	INCLUSION_SUPPORT_PARTICIPANTS,

	PREPARATORY_VISITS,

	COURSE_FEES,

	LINGUISTIC_SUPPORT,

	EXCEPTIONAL_COSTS

}
