package eu.ka122.planner.budget.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.budget.RateTableAdministration;
import eu.ka122.planner.budget.RateTableAdministration.SaveResult;
import eu.ka122.planner.budget.RateTableAdministrationException;
import eu.ka122.planner.budget.RateTableFields;
import eu.ka122.planner.budget.domain.RateTable;
import eu.ka122.planner.budget.domain.RateTableProblem;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An agency officer enters their own agency's six daily base rates into the open drafts;
 * an administrator who did not edit the draft publishes it.
 */
@Controller
class AgencyRatesPage {

	private final RateTableAdministration administration;

	private final MessageSource messages;

	AgencyRatesPage(RateTableAdministration administration, MessageSource messages) {
		this.administration = administration;
		this.messages = messages;
	}

	@GetMapping("/agency/rates")
	String show(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		requireOfficer(user);
		model.addAttribute("drafts", drafts(user, null, Map.of(), List.of(), null));
		return "budget/agency-rates";
	}

	@PostMapping("/agency/rates/{year}")
	String save(@AuthenticationPrincipal AccountPrincipal user, @PathVariable int year,
			@RequestParam Map<String, String> params, Model model, Locale locale, RedirectAttributes redirect) {
		requireOfficer(user);
		long lockVersion;
		try {
			lockVersion = Long.parseLong(params.getOrDefault("lockVersion", "").trim());
		}
		catch (NumberFormatException ex) {
			lockVersion = -1;
		}
		SaveResult result;
		try {
			result = this.administration.save(user, year, lockVersion, LocalisedRates.read(params, locale));
		}
		catch (RateTableAdministrationException ex) {
			// the draft was published or discarded since the form was opened
			redirect.addFlashAttribute("refused", ex.messageKey());
			redirect.addFlashAttribute("refusedArgs", ex.args());
			return "redirect:/agency/rates";
		}
		if (result.outcome() == SaveResult.Outcome.SAVED) {
			redirect.addFlashAttribute("done", "admin.agencyRates.saved");
			redirect.addFlashAttribute("doneArgs", new Object[] { year });
			return "redirect:/agency/rates";
		}
		List<String> errors = new ArrayList<>();
		for (RateTableProblem problem : result.problems()) {
			errors.add(this.messages.getMessage(problem.messageKey(), problem.args().toArray(), locale));
		}
		model.addAttribute("conflict", result.outcome() == SaveResult.Outcome.CONFLICT);
		model.addAttribute("drafts", drafts(user, year, result.fields(), result.problems(), errors));
		return "budget/agency-rates";
	}

	private List<AgencyDraft> drafts(AccountPrincipal user, Integer failedYear, Map<String, String> typed,
			List<RateTableProblem> problems, List<String> errors) {
		List<AgencyDraft> drafts = new ArrayList<>();
		String prefix = "agencies[" + user.agencyCode() + "].";
		for (int year : this.administration.callYears()) {
			var overview = this.administration.overview(year);
			if (overview.draft().isEmpty()) {
				continue;
			}
			RateTable table = this.administration.draft(year).orElseThrow();
			if (table.agency(user.agencyCode()).isEmpty()) {
				continue;
			}
			boolean failed = failedYear != null && failedYear == year;
			Map<String, String> values = new LinkedHashMap<>();
			Map<String, Boolean> invalid = new LinkedHashMap<>();
			Map<String, String> ranges = new LinkedHashMap<>();
			Map<String, String> source = failed ? typed : RateTableFields.of(table);
			for (String kind : List.of("staff", "pupil")) {
				for (int group : RateTableFields.GROUPS) {
					String name = prefix + kind + "[" + group + "]";
					values.put(name, source.getOrDefault(name, ""));
					invalid.put(name, failed && problems.stream().anyMatch((p) -> p.field().equals(name)));
					var range = ("staff".equals(kind) ? table.staffRanges() : table.pupilRanges()).get(group);
					ranges.put(name, range == null ? "" : range.min() + "–" + range.max());
				}
			}
			drafts.add(new AgencyDraft(year, overview.draft().get().version(), overview.draft().get().lockVersion(),
					table.agency(user.agencyCode()).get().provisional(), values, invalid, ranges,
					failed ? errors : List.of()));
		}
		return drafts;
	}

	private static void requireOfficer(AccountPrincipal user) {
		if (user == null || !user.hasRole(Role.NA_OFFICER)) {
			throw new AccessDeniedException("agency rates");
		}
	}

	/** One open draft as the officer sees it: their agency's six rates. */
	record AgencyDraft(int callYear, int version, long lockVersion, boolean provisional, Map<String, String> values,
			Map<String, Boolean> invalid, Map<String, String> ranges, List<String> errors) {

		public String id(String name) {
			return RateTableFields.id(name);
		}

	}

}
