package eu.ka122.planner.review.web;

import java.util.Map;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.review.Assessments;
import eu.ka122.planner.review.ReviewConflictException;
import eu.ka122.planner.review.ReviewException;
import eu.ka122.planner.review.domain.Criterion;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An assessor's work: their assignments, the conflict-of-interest declaration that opens
 * an application, and the score sheet with the Guide's guidance beside each criterion.
 */
@Controller
class AssignmentsPage {

	private final Assessments assessments;

	AssignmentsPage(Assessments assessments) {
		this.assessments = assessments;
	}

	@GetMapping("/agency/assignments")
	String list(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("assignments", this.assessments.mine(user));
		return "review/assignments";
	}

	@GetMapping("/agency/assignments/{id}")
	String show(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, Model model) {
		Assessments.MyAssignment assignment = this.assessments.mine(user, id);
		model.addAttribute("assignment", assignment);
		if (assignment.conflict() == Assessments.Conflict.UNDECLARED) {
			return "review/declaration";
		}
		if (assignment.conflict() == Assessments.Conflict.DECLARED) {
			return "review/declared";
		}
		Assessments.ScoreSheet sheet = this.assessments.sheet(user, id);
		model.addAttribute("form", ScoreForm.of(sheet));
		return sheet(model);
	}

	@PostMapping("/agency/assignments/{id}/declaration")
	String declare(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id,
			@RequestParam(name = "conflict", required = false) String conflict, Model model,
			RedirectAttributes redirect) {
		if (!"yes".equals(conflict) && !"no".equals(conflict)) {
			model.addAttribute("assignment", this.assessments.mine(user, id));
			model.addAttribute("missing", true);
			return "review/declaration";
		}
		try {
			this.assessments.declare(user, id, "yes".equals(conflict));
		}
		catch (ReviewException ex) {
			Refusals.flash(redirect, ex);
		}
		return "redirect:/agency/assignments/" + id;
	}

	@PostMapping("/agency/assignments/{id}/assessment")
	String score(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id,
			@ModelAttribute("form") ScoreForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		Assessments.MyAssignment assignment = this.assessments.mine(user, id);
		model.addAttribute("assignment", assignment);
		Map<Criterion, Integer> points = form.points(errors);
		if (!errors.hasErrors()) {
			try {
				this.assessments.score(user, id, form.getVersion(), points, form.comments());
				redirect.addFlashAttribute("doneKey", "review.score.done");
				return "redirect:/agency/assignments";
			}
			catch (ReviewConflictException ex) {
				model.addAttribute("conflict", true);
				form.setVersion(this.assessments.sheet(user, id).version());
			}
			catch (ReviewException ex) {
				model.addAttribute("refusedKey", ex.messageKey());
				model.addAttribute("refusedArgs", ex.args());
			}
		}
		return sheet(model);
	}

	private static String sheet(Model model) {
		model.addAttribute("criteria", Criterion.values());
		Map<Criterion, String> fields = new java.util.EnumMap<>(Criterion.class);
		for (Criterion criterion : Criterion.values()) {
			fields.put(criterion, ScoreForm.field(criterion));
		}
		model.addAttribute("fields", fields);
		return "review/score";
	}

}
