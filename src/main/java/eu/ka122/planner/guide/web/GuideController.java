package eu.ka122.planner.guide.web;

import java.util.List;

import eu.ka122.planner.guide.domain.ActionAdvisor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The public guide "Is KA122 the right action for you?". A plain GET form: nothing is
 * stored, the answers are a shareable link, and the recommendation appears on the same
 * page without JavaScript.
 */
@Controller
@RequestMapping("/guide")
class GuideController {

	/**
	 * Sent by the form's hidden field: tells a submitted questionnaire from a first
	 * visit.
	 */
	static final String CHECK = "check";

	@ModelAttribute("questions")
	List<Question> questions() {
		return GuideForm.QUESTIONS;
	}

	@GetMapping
	String questionnaire(Model model) {
		model.addAttribute("guideAnswers", new GuideForm());
		return "guide/guide";
	}

	@GetMapping(params = CHECK)
	String advice(@ModelAttribute("guideAnswers") GuideForm form, BindingResult errors, Model model) {
		form.validate(errors);
		if (!errors.hasErrors()) {
			model.addAttribute("advice", ActionAdvisor.advise(form.toAnswers()));
		}
		return "guide/guide";
	}

}
