package eu.ka122.planner.review.web;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.review.Decisions;
import eu.ka122.planner.review.domain.Criterion;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The agency's decision as the coordinator sees it: outcome, final scores, the assessors'
 * comments (numbered, never named) and the awarded budget per category.
 */
@Controller
class OutcomePage {

	private final Decisions decisions;

	OutcomePage(Decisions decisions) {
		this.decisions = decisions;
	}

	@GetMapping("/coordinator/applications/{id}/outcome")
	String show(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, Model model) {
		model.addAttribute("applicationId", id);
		model.addAttribute("outcome", this.decisions.outcome(user, id).orElse(null));
		model.addAttribute("criteria", Criterion.values());
		return "review/outcome";
	}

}
