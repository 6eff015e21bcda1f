package eu.ka122.planner.budget.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import eu.ka122.planner.budget.RateTables;
import eu.ka122.planner.budget.domain.RateTable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The published rate tables, read-only and public: the numbers every budget is computed
 * with. (Editing, previews and publication are the administrators' screens.)
 */
@Controller
class RateTablePage {

	private final RateTables rateTables;

	RateTablePage(RateTables rateTables) {
		this.rateTables = rateTables;
	}

	@GetMapping("/rates")
	String rates(@RequestParam(name = "year", required = false) Integer year,
			@RequestParam(name = "version", required = false) Integer version, Model model) {
		List<Integer> years = this.rateTables.callYears();
		model.addAttribute("years", years);
		if (years.isEmpty()) {
			return "budget/rates";
		}
		int callYear = (year != null && years.contains(year)) ? year : years.get(0);
		var table = (version != null) ? this.rateTables.published(callYear, version)
				: this.rateTables.current(callYear);
		model.addAttribute("callYear", callYear);
		model.addAttribute("versions", this.rateTables.versions(callYear));
		table.ifPresent((t) -> {
			model.addAttribute("table", t);
			model.addAttribute("groups", groups(t));
			model.addAttribute("notInGuide", this.rateTables.countriesNotInGuide(callYear, t.version()));
		});
		return "budget/rates";
	}

	private static Map<Integer, List<String>> groups(RateTable table) {
		Map<Integer, List<String>> groups = new TreeMap<>();
		table.countryGroups()
			.forEach(
					(country, group) -> groups.computeIfAbsent(group, (g) -> new java.util.ArrayList<>()).add(country));
		groups.values().forEach((countries) -> countries.sort(String::compareTo));
		return groups;
	}

}
