package eu.ka122.planner.review.web;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.review.DecisionOutcome;
import eu.ka122.planner.review.Decisions;
import eu.ka122.planner.review.ReviewConflictException;
import eu.ka122.planner.review.ReviewException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's decision on one application: approve (with the requested grant, or
 * reduced by removing or shortening activities, recalculated before confirming), reserve
 * or reject, each with its reason.
 */
@Controller
class DecisionPage {

	private final Decisions decisions;

	DecisionPage(Decisions decisions) {
		this.decisions = decisions;
	}

	@GetMapping("/agency/applications/{id}/decision")
	String show(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, Model model) {
		Decisions.DecisionSheet sheet = this.decisions.sheet(user, id);
		DecisionForm form = DecisionForm.of(sheet);
		model.addAttribute("form", form);
		return page(user, id, sheet, form, model);
	}

	@PostMapping("/agency/applications/{id}/decision")
	String decide(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id,
			@ModelAttribute("form") DecisionForm form,
			@RequestParam(name = "action", defaultValue = "confirm") String action, Model model,
			RedirectAttributes redirect) {
		Decisions.DecisionSheet sheet = this.decisions.sheet(user, id);
		if (form.getActivities().size() != sheet.activities().size()) {
			form.setActivities(DecisionForm.of(sheet).getActivities());
		}
		if (!"preview".equals(action)) {
			try {
				this.decisions.decide(user, id, form.getVersion(), form.chosenOutcome(), form.changes(),
						form.getReason());
				redirect.addFlashAttribute("doneKey", "review.decision.done");
				return "redirect:/agency/applications/" + id;
			}
			catch (ReviewConflictException ex) {
				model.addAttribute("conflict", true);
				sheet = this.decisions.sheet(user, id);
				form.setVersion(sheet.decision() == null ? null : sheet.decision().version());
			}
			catch (ReviewException ex) {
				model.addAttribute("refusedKey", ex.messageKey());
				model.addAttribute("refusedArgs", ex.args());
			}
		}
		return page(user, id, sheet, form, model);
	}

	private String page(AccountPrincipal user, long id, Decisions.DecisionSheet sheet, DecisionForm form, Model model) {
		model.addAttribute("sheet", sheet);
		model.addAttribute("row", sheet.row());
		model.addAttribute("outcomes", DecisionOutcome.values());
		try {
			model.addAttribute("award", this.decisions.award(user, id, form.changes()));
		}
		catch (ReviewException ex) {
			if (!model.containsAttribute("refusedKey")) {
				model.addAttribute("refusedKey", ex.messageKey());
				model.addAttribute("refusedArgs", ex.args());
			}
		}
		return "review/decision";
	}

}
