package eu.ka122.planner.accounts.web;

import java.util.LinkedHashMap;
import java.util.Map;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.accounts.OrganisationAdministration;
import eu.ka122.planner.accounts.OrganisationAdministration.AgencyRow;
import eu.ka122.planner.accounts.OrganisationAdministration.OrganisationValues;
import eu.ka122.planner.accounts.OrganisationAdministration.ValuesRefused;
import eu.ka122.planner.shared.OrganisationType;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' organisation and National Agency screens. */
@Controller
class OrganisationAdminPages {

	private final OrganisationAdministration administration;

	OrganisationAdminPages(OrganisationAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/admin/organisations")
	String list(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		model.addAttribute("q", query == null ? "" : query);
		model.addAttribute("result", this.administration.search(query, page));
		return "accounts/admin-organisations";
	}

	@GetMapping("/admin/organisations/new")
	String newOrganisation(Model model) {
		return form(model, null, Map.of("type", "SCHOOL"), Map.of());
	}

	@GetMapping("/admin/organisations/{id}")
	String show(@PathVariable long id, Model model) {
		var o = this.administration.organisation(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Map<String, String> values = new LinkedHashMap<>();
		values.put("oid", o.oid());
		values.put("legalName", o.legalName());
		values.put("country", o.country());
		values.put("type", o.type());
		values.put("accredited", String.valueOf(o.accredited()));
		values.put("version", String.valueOf(o.version()));
		return form(model, id, values, Map.of());
	}

	@PostMapping("/admin/organisations")
	String create(@AuthenticationPrincipal AccountPrincipal admin, @RequestParam Map<String, String> params,
			Model model, RedirectAttributes redirect) {
		return save(admin, null, params, model, redirect);
	}

	@PostMapping("/admin/organisations/{id}")
	String change(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
		return save(admin, id, params, model, redirect);
	}

	@PostMapping("/admin/organisations/{id}/grants")
	String addGrant(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		try {
			this.administration.addGrant(admin, id, params.get("grantYear"), params.get("grantRound"),
					params.get("grantNote"));
			redirect.addFlashAttribute("done", "admin.organisations.grantAdded");
		}
		catch (ValuesRefused ex) {
			return refused(ex, id, redirect);
		}
		return "redirect:/admin/organisations/" + id;
	}

	@PostMapping("/admin/organisations/{id}/merge")
	String merge(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id,
			@RequestParam(name = "duplicateOid", required = false) String duplicateOid, RedirectAttributes redirect) {
		try {
			var merged = this.administration.merge(admin, id, duplicateOid);
			redirect.addFlashAttribute("done", "admin.organisations.merged");
			redirect.addFlashAttribute("doneArgs",
					new Object[] { merged.mergedOid(), merged.users(), merged.applications(), merged.grants() });
		}
		catch (ValuesRefused ex) {
			return refused(ex, id, redirect);
		}
		return "redirect:/admin/organisations/" + id;
	}

	/**
	 * Back to the organisation with the refusal, or to the list when the organisation is
	 * gone (merged away meanwhile): its own page would only say 404 and lose the message.
	 */
	private String refused(ValuesRefused ex, long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("refused", ex.problems().get(0).messageKey());
		return ex.organisationGone() ? "redirect:/admin/organisations" : "redirect:/admin/organisations/" + id;
	}

	@GetMapping("/admin/agencies")
	String agencies(Model model) {
		model.addAttribute("agencies", this.administration.agencies());
		model.addAttribute("values", Map.of());
		model.addAttribute("errors", Map.of());
		return "accounts/admin-agencies";
	}

	@GetMapping("/admin/agencies/{code}")
	String agency(@PathVariable String code, Model model) {
		AgencyRow a = this.administration.agency(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Map<String, String> values = new LinkedHashMap<>();
		values.put("code", a.code());
		values.put("country", a.country());
		values.put("name", a.name());
		values.put("contactEmail", a.contactEmail() == null ? "" : a.contactEmail());
		values.put("defaultForCountry", String.valueOf(a.defaultForCountry()));
		values.put("defaultLanguage", a.defaultLanguage() == null ? "" : a.defaultLanguage());
		values.put("version", String.valueOf(a.version()));
		model.addAttribute("values", values);
		model.addAttribute("errors", Map.of());
		return "accounts/admin-agency";
	}

	@PostMapping("/admin/agencies")
	String createAgency(@AuthenticationPrincipal AccountPrincipal admin, @RequestParam Map<String, String> params,
			Model model, RedirectAttributes redirect) {
		return saveAgency(admin, true, params, model, redirect);
	}

	@PostMapping("/admin/agencies/{code}")
	String changeAgency(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable String code,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
		Map<String, String> values = new LinkedHashMap<>(params);
		values.put("code", code);
		return saveAgency(admin, false, values, model, redirect);
	}

	private String saveAgency(AccountPrincipal admin, boolean create, Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		AgencyRow values = new AgencyRow(params.get("code"), params.get("country"), params.get("name"),
				params.get("contactEmail"), "true".equals(params.get("defaultForCountry")),
				params.get("defaultLanguage"), number(params.get("version")));
		try {
			this.administration.saveAgency(admin, create, values.version(), values);
		}
		catch (ValuesRefused ex) {
			Map<String, String> typed = new LinkedHashMap<>(params);
			typed.remove("_csrf");
			model.addAttribute("values", typed);
			model.addAttribute("errors", errors(ex));
			if (create) {
				model.addAttribute("agencies", this.administration.agencies());
				return "accounts/admin-agencies";
			}
			return "accounts/admin-agency";
		}
		redirect.addFlashAttribute("done", "admin.agencies.saved");
		redirect.addFlashAttribute("doneArgs", new Object[] { values.code().trim().toUpperCase() });
		return "redirect:/admin/agencies";
	}

	private String save(AccountPrincipal admin, Long id, Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		long saved;
		try {
			saved = this.administration.save(admin, id, number(params.get("version")),
					new OrganisationValues(params.get("oid"), params.get("legalName"), params.get("country"),
							params.get("type"), "true".equals(params.get("accredited"))));
		}
		catch (ValuesRefused ex) {
			Map<String, String> typed = new LinkedHashMap<>(params);
			typed.remove("_csrf");
			return form(model, id, typed, errors(ex));
		}
		redirect.addFlashAttribute("done", "admin.organisations.saved");
		return "redirect:/admin/organisations/" + saved;
	}

	private String form(Model model, Long id, Map<String, String> values, Map<String, String> errors) {
		model.addAttribute("id", id);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("types", OrganisationType.values());
		if (id != null) {
			model.addAttribute("organisation", this.administration.organisation(id)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
			model.addAttribute("grants", this.administration.grants(id));
		}
		return "accounts/admin-organisation";
	}

	private static Map<String, String> errors(ValuesRefused ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.problems().forEach((p) -> errors.put(p.field() == null ? "main" : p.field(), p.messageKey()));
		return errors;
	}

	private static long number(String text) {
		try {
			return Long.parseLong(text == null ? "0" : text.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
