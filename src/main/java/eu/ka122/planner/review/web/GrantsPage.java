package eu.ka122.planner.review.web;

import org.springframework.context.i18n.LocaleContextHolder;
import eu.ka122.planner.shared.LocalNumbers;
import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.review.Decisions;
import eu.ka122.planner.review.ReviewException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The KA122 grant history of the organisations of the officer's country: approved
 * applications count automatically, earlier grants are recorded by hand.
 */
@Controller
class GrantsPage {

	private final Decisions decisions;

	GrantsPage(Decisions decisions) {
		this.decisions = decisions;
	}

	@GetMapping("/agency/grants")
	String find(@AuthenticationPrincipal AccountPrincipal user,
			@RequestParam(name = "oid", required = false) String oid, Model model) {
		String typed = (oid == null || oid.isBlank()) ? null : oid.substring(0, Math.min(oid.length(), 20));
		// Asked even without an OID: the lookup is where the officer-only check happens.
		var found = this.decisions.organisationByOid(user, typed);
		if (found.isPresent()) {
			return "redirect:/agency/organisations/" + found.get().id() + "/grants";
		}
		model.addAttribute("notFound", typed != null);
		model.addAttribute("oid", oid);
		return "review/grants-find";
	}

	@GetMapping("/agency/organisations/{organisationId}/grants")
	String show(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long organisationId, Model model) {
		model.addAttribute("history", this.decisions.grants(user, organisationId));
		return "review/grants";
	}

	@PostMapping("/agency/organisations/{organisationId}/grants")
	String record(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long organisationId,
			@RequestParam(name = "callYear", required = false) String callYear,
			@RequestParam(name = "round", required = false) String round,
			@RequestParam(name = "note", required = false) String note, Model model, RedirectAttributes redirect) {
		try {
			this.decisions.recordGrant(user, organisationId, number(callYear, "review.error.grantYear"),
					number(round, "review.error.grantRound"), note);
			redirect.addFlashAttribute("doneKey", "review.grants.recorded");
			return "redirect:/agency/organisations/" + organisationId + "/grants";
		}
		catch (ReviewException ex) {
			model.addAttribute("refusedKey", ex.messageKey());
			model.addAttribute("refusedArgs", ex.args());
			model.addAttribute("typedYear", callYear);
			model.addAttribute("typedRound", round);
			model.addAttribute("typedNote", note);
			model.addAttribute("history", this.decisions.grants(user, organisationId));
			return "review/grants";
		}
	}

	private static int number(String text, String errorKey) {
		try {
			Integer number = LocalNumbers.parseInt(text, LocaleContextHolder.getLocale());
			if (number == null) {
				throw new IllegalArgumentException("blank");
			}
			return number;
		}
		catch (IllegalArgumentException ex) {
			throw new ReviewException(errorKey, 2014, 2100);
		}
	}

}
