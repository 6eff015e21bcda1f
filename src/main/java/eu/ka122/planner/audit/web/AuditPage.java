package eu.ka122.planner.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import eu.ka122.planner.audit.AuditSearch;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for administrators: search by who, what, record, text, address and day.
 */
@Controller
class AuditPage {

	private final AuditSearch search;

	AuditPage(AuditSearch search) {
		this.search = search;
	}

	@GetMapping("/admin/audit")
	String show(@RequestParam(name = "actor", required = false) String actor,
			@RequestParam(name = "action", required = false) String action,
			@RequestParam(name = "entity", required = false) String entity,
			@RequestParam(name = "text", required = false) String text,
			@RequestParam(name = "address", required = false) String address,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to,
			@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		LocalDate fromDay = day(from);
		LocalDate toDay = day(to);
		model.addAttribute("badFrom", from != null && !from.isBlank() && fromDay == null);
		model.addAttribute("badTo", to != null && !to.isBlank() && toDay == null);
		model.addAttribute("actor", actor);
		model.addAttribute("action", action);
		model.addAttribute("entity", entity);
		model.addAttribute("text", text);
		model.addAttribute("address", address);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("result",
				this.search.search(new AuditSearch.Query(actor, action, entity, text, address, fromDay, toDay), page));
		return "audit/audit";
	}

	private static LocalDate day(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
