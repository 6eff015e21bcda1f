package eu.ka122.planner.estimate;

import java.util.Locale;

import eu.ka122.planner.budget.domain.BudgetCategory;
import eu.ka122.planner.budget.domain.Explanation;
import eu.ka122.planner.eligibility.domain.Finding;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the cores' message keys into text for a reader: budget-line explanations, finding
 * messages and category names. The API answers in English; pages in the reader's
 * language.
 */
@Component
public class EstimateTexts {

	private final MessageSource messages;

	EstimateTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String explanation(Explanation explanation, Locale locale) {
		return this.messages.getMessage(explanation.messageKey(), explanation.args().toArray(), locale);
	}

	public String finding(Finding finding, Locale locale) {
		return this.messages.getMessage(finding.messageKey(), finding.args().toArray(), locale);
	}

	public String category(BudgetCategory category, Locale locale) {
		return this.messages.getMessage("budget.category." + category.name(), null, locale);
	}

}
