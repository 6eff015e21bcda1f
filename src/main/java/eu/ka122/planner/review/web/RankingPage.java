package eu.ka122.planner.review.web;

import org.springframework.context.i18n.LocaleContextHolder;
import eu.ka122.planner.shared.LocalNumbers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.review.Decisions;
import eu.ka122.planner.review.ReviewCases;
import eu.ka122.planner.review.ReviewException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ranking of a call year and round against the budget the officer enters. */
@Controller
class RankingPage {

	private final Decisions decisions;

	private final ReviewCases cases;

	RankingPage(Decisions decisions, ReviewCases cases) {
		this.decisions = decisions;
		this.cases = cases;
	}

	@GetMapping("/agency/ranking")
	String ranking(@AuthenticationPrincipal AccountPrincipal user,
			@RequestParam(name = "call", required = false) String call, Model model, Locale locale) {
		List<int[]> rounds = this.cases.rounds(user);
		model.addAttribute("rounds", rounds.stream().map((r) -> r[0] + "-" + r[1]).toList());
		int[] chosen = parse(call);
		if (chosen == null && !rounds.isEmpty()) {
			chosen = rounds.get(0);
		}
		if (chosen != null) {
			model.addAttribute("call", chosen[0] + "-" + chosen[1]);
			var ranking = this.decisions.ranking(user, chosen[0], chosen[1]);
			model.addAttribute("ranking", ranking);
			// as the page's language writes it, so that saving it again reads the same
			// amount
			model.addAttribute("budgetInput",
					(ranking.budget() == null) ? "" : LocalNumbers.formatForInput(ranking.budget(), locale));
		}
		return "review/ranking";
	}

	@PostMapping("/agency/ranking/budget")
	String budget(@AuthenticationPrincipal AccountPrincipal user, @RequestParam("call") String call,
			@RequestParam(name = "budget", required = false) String budget, RedirectAttributes redirect) {
		if (!user.hasRole(Role.NA_OFFICER)) {
			// refused before the values are read, as setBudget would
			throw new AccessDeniedException("agency officers only");
		}
		int[] chosen = parse(call);
		if (chosen == null) {
			redirect.addFlashAttribute("refusedKey", "review.error.call");
			return "redirect:/agency/ranking";
		}
		try {
			this.decisions.setBudget(user, chosen[0], chosen[1], amount(budget));
			redirect.addFlashAttribute("doneKey", "review.ranking.budgetSaved");
		}
		catch (ReviewException ex) {
			Refusals.flash(redirect, ex);
			redirect.addFlashAttribute("typedBudget", budget);
		}
		return "redirect:/agency/ranking?call=" + chosen[0] + "-" + chosen[1];
	}

	private static BigDecimal amount(String text) {
		if (text == null || text.isBlank() || text.length() > 20) {
			throw new ReviewException("review.error.budget");
		}
		try {
			BigDecimal amount = LocalNumbers.parse(text, LocaleContextHolder.getLocale()).orElseThrow();
			if (amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(new BigDecimal("999999999999")) > 0) {
				throw new ReviewException("review.error.budget");
			}
			return amount;
		}
		catch (IllegalArgumentException ex) {
			throw new ReviewException("review.error.budget");
		}
	}

	/** "2027-1" as {2027, 1}; null for anything else. */
	static int[] parse(String call) {
		if (call == null || !call.matches("20\\d\\d-[12]")) {
			return null;
		}
		return new int[] { Integer.parseInt(call.substring(0, 4)), call.charAt(5) - '0' };
	}

}
