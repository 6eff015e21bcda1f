package eu.ka122.planner.eligibility.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import eu.ka122.planner.eligibility.domain.Fact;
import eu.ka122.planner.eligibility.domain.Rule;
import eu.ka122.planner.eligibility.domain.RuleCatalogue;
import eu.ka122.planner.eligibility.domain.Scope;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public rule catalogue: every rule the app checks, its Guide passage and the
 * product's decisions.
 */
@Controller
class RuleCatalogueController {

	@GetMapping("/rules")
	String catalogue(Model model) {
		List<RuleRow> rules = RuleCatalogue.all().stream().map(RuleRow::of).toList();
		model.addAttribute("applicationRules", rules.stream().filter((r) -> r.scope() == Scope.APPLICATION).toList());
		model.addAttribute("activityRules", rules.stream().filter((r) -> r.scope() == Scope.ACTIVITY).toList());
		return "eligibility/rules";
	}

	private static final Set<Fact> ESTIMATE_FACTS = EnumSet.of(Fact.BUDGET, Fact.CALL);

	record RuleRow(String id, String severity, Scope scope, String descriptionKey, String guideKey,
			String guideReference, String decisionKey, boolean evaluatedByEstimates) {

		static RuleRow of(Rule rule) {
			return new RuleRow(rule.id(), rule.severity().name(), rule.scope(), rule.descriptionKey(), rule.guideKey(),
					rule.guideReference(), rule.decisionKey(), isEvaluatedByEstimates(rule));
		}

		// The public estimate knows the plan, the budget and the call; rules needing more
		// wait for the form.
		private static boolean isEvaluatedByEstimates(Rule rule) {
			return ESTIMATE_FACTS.containsAll(rule.needs());
		}

	}

}
