package eu.ka122.planner.calls.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.accounts.Accounts;
import eu.ka122.planner.calls.CallAdministration;
import eu.ka122.planner.calls.CallAdministration.RoundValues;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' call settings: deadlines, start windows and round-2 openings. */
@Controller
class CallAdminPages {

	private final CallAdministration calls;

	private final Accounts accounts;

	CallAdminPages(CallAdministration calls, Accounts accounts) {
		this.calls = calls;
		this.accounts = accounts;
	}

	@GetMapping("/admin/calls")
	String index(Model model) {
		model.addAttribute("years", this.calls.years());
		return "calls/admin-calls";
	}

	@GetMapping("/admin/calls/new")
	String newYear(@RequestParam(name = "year", required = false) String year) {
		String typed = year == null ? "" : year.trim();
		return typed.matches("20[2-9]\\d|2100") ? "redirect:/admin/calls/" + typed : "redirect:/admin/calls";
	}

	@GetMapping("/admin/calls/{year}")
	String show(@PathVariable int year, Model model) {
		if (!model.containsAttribute("values")) {
			var settings = this.calls.settings(year);
			Map<String, String> values = new LinkedHashMap<>();
			for (int round : List.of(1, 2)) {
				RoundValues r = settings.rounds().get(round);
				values.put("round" + round + ".deadline", r == null ? "" : r.deadline());
				values.put("round" + round + ".startFrom", r == null ? "" : r.startFrom());
				values.put("round" + round + ".startTo", r == null ? "" : r.startTo());
				values.put("round" + round + ".lockVersion", r == null ? "0" : String.valueOf(r.lockVersion()));
			}
			model.addAttribute("values", values);
			model.addAttribute("opened", settings.round2Agencies());
		}
		model.addAttribute("year", year);
		model.addAttribute("agencies", this.accounts.agencies());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "calls/admin-call";
	}

	@PostMapping("/admin/calls/{year}")
	String save(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable int year,
			@RequestParam Map<String, String> params,
			@RequestParam(name = "round2", required = false) List<String> round2, Model model,
			RedirectAttributes redirect) {
		List<RoundValues> rounds = new ArrayList<>();
		for (int round : List.of(1, 2)) {
			String prefix = "round" + round + ".";
			long lock;
			try {
				lock = Long.parseLong(params.getOrDefault(prefix + "lockVersion", "0"));
			}
			catch (NumberFormatException ex) {
				lock = -1;
			}
			rounds.add(new RoundValues(round, params.getOrDefault(prefix + "deadline", ""),
					params.getOrDefault(prefix + "startFrom", ""), params.getOrDefault(prefix + "startTo", ""), lock));
		}
		Set<String> opened = new TreeSet<>(round2 == null ? List.of() : round2);
		List<CallAdministration.Problem> problems;
		try {
			problems = this.calls.save(admin, year, rounds, opened);
		}
		catch (CallAdministration.ConcurrentCallChangeException ex) {
			problems = List.of(new CallAdministration.Problem("main", "admin.calls.error.conflict"));
		}
		if (problems.isEmpty()) {
			redirect.addFlashAttribute("done", "admin.calls.saved");
			redirect.addFlashAttribute("doneArgs", new Object[] { year });
			return "redirect:/admin/calls/" + year;
		}
		Map<String, String> values = new LinkedHashMap<>(params);
		values.remove("_csrf");
		Map<String, String> errors = new LinkedHashMap<>();
		problems.forEach((p) -> errors.put(p.field(), p.messageKey()));
		model.addAttribute("values", values);
		model.addAttribute("opened", opened);
		model.addAttribute("errors", errors);
		return show(year, model);
	}

}
