package eu.ka122.planner.budget.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.budget.DraftRecomputations;
import eu.ka122.planner.budget.RateTableAdministration;
import eu.ka122.planner.budget.RateTableAdministration.SaveResult;
import eu.ka122.planner.budget.RateTableAdministrationException;
import eu.ka122.planner.budget.PublicationPreview;
import eu.ka122.planner.budget.RateTableFields;
import eu.ka122.planner.budget.domain.RateTable;
import eu.ka122.planner.budget.domain.RateTableProblem;
import eu.ka122.planner.shared.Countries;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.server.ResponseStatusException;

/**
 * Administrators' rate-table screens: a call year's versions and draft, the draft's edit
 * form, publication, diff, JSON export and import, and the next call year.
 */
@Controller
class RateTableAdminPages {

	/** Empty travel-band rows offered below the existing ones. */
	static final int SPARE_BANDS = 2;

	private static final Pattern AGENCY_PART = Pattern
		.compile("(agencies\\[[A-Z]{2}\\d{2}])\\.(country|provisional|agencyCode)");

	private final RateTableAdministration administration;

	private final MessageSource messages;

	private final PublicationPreview preview;

	private final DraftRecomputations recomputations;

	RateTableAdminPages(RateTableAdministration administration, MessageSource messages, PublicationPreview preview,
			DraftRecomputations recomputations) {
		this.administration = administration;
		this.messages = messages;
		this.preview = preview;
		this.recomputations = recomputations;
	}

	@GetMapping("/admin/rates/{year}/preview")
	String preview(@PathVariable int year, Model model) {
		model.addAttribute("overview", this.administration.overview(year));
		model.addAttribute("impact", this.preview.preview(year));
		return "budget/admin-preview";
	}

	@GetMapping("/admin/rates")
	String index() {
		List<Integer> years = this.administration.callYears();
		return years.isEmpty() ? "redirect:/admin" : "redirect:/admin/rates/" + years.get(0);
	}

	@GetMapping("/admin/rates/{year}")
	String overview(@PathVariable int year, Model model) {
		model.addAttribute("years", this.administration.callYears());
		model.addAttribute("overview", this.administration.overview(year));
		model.addAttribute("recomputation", this.recomputations.latest(year).orElse(null));
		return "budget/admin-rates";
	}

	/**
	 * The progress of the call year's newest draft recomputation, polled by htmx while it
	 * runs (without JavaScript the page's refresh link reloads the whole page).
	 */
	@GetMapping("/admin/rates/{year}/recomputation")
	String recomputation(@PathVariable int year, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("recomputation", this.recomputations.latest(year).orElse(null));
		return "budget/admin-fragments :: recomputation";
	}

	@PostMapping("/admin/rates/{year}/draft/start")
	String startDraft(@AuthenticationPrincipal AccountPrincipal user, @PathVariable int year,
			RedirectAttributes redirect) {
		int version = this.administration.startDraft(user, year);
		redirect.addFlashAttribute("done", "admin.rates.done.draftStarted");
		redirect.addFlashAttribute("doneArgs", new Object[] { year, version });
		return "redirect:/admin/rates/" + year + "/draft";
	}

	@PostMapping("/admin/rates/next-year")
	String nextYear(@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		int year = this.administration.startNextYear(user);
		redirect.addFlashAttribute("done", "admin.rates.done.nextYear");
		redirect.addFlashAttribute("doneArgs", new Object[] { year });
		return "redirect:/admin/rates/" + year;
	}

	@GetMapping("/admin/rates/{year}/draft")
	String draft(@AuthenticationPrincipal AccountPrincipal user, @PathVariable int year, Model model, Locale locale) {
		var overview = this.administration.overview(year);
		RateTable draft = this.administration.draft(year)
			.orElseThrow(() -> new RateTableAdministrationException("admin.rates.error.noDraft", year));
		form(model, overview, RateTableFields.of(draft), overview.draft().orElseThrow().lockVersion(), List.of(),
				locale);
		return "budget/admin-draft";
	}

	@PostMapping("/admin/rates/{year}/draft")
	String save(@AuthenticationPrincipal AccountPrincipal user, @PathVariable int year,
			@RequestParam Map<String, String> params, Model model, Locale locale, RedirectAttributes redirect) {
		long lockVersion = lockVersion(params.get("lockVersion"));
		Map<String, String> given = new LinkedHashMap<>();
		params.forEach((name, value) -> {
			if (RateTableFields.isKnown(name)) {
				given.put(name, value);
			}
		});
		// An unticked checkbox sends nothing: every agency on the form is either
		// provisional or not.
		for (String name : params.keySet()) {
			if (name.startsWith("agencyRow.")) {
				String code = name.substring("agencyRow.".length());
				given.putIfAbsent("agencies[" + code + "].provisional", "false");
			}
		}
		SaveResult result = this.administration.save(user, year, lockVersion, LocalisedRates.read(given, locale));
		return outcome(year, result, lockVersion, model, locale, redirect);
	}

	@PostMapping("/admin/rates/{year}/draft/import")
	String importJson(@AuthenticationPrincipal AccountPrincipal user, @PathVariable int year,
			@RequestParam(name = "lockVersion", required = false) String lock,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale,
			RedirectAttributes redirect) throws IOException {
		long lockVersion = lockVersion(lock);
		String text = (file == null || file.isEmpty()) ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
		SaveResult result = this.administration.importJson(user, year, lockVersion, text);
		return outcome(year, result, lockVersion, model, locale, redirect);
	}

	@PostMapping("/admin/rates/{year}/publish")
	String publish(@AuthenticationPrincipal AccountPrincipal user, @PathVariable int year,
			@RequestParam(name = "lockVersion", required = false) String lock, RedirectAttributes redirect) {
		var published = this.administration.publish(user, year, lockVersion(lock));
		redirect.addFlashAttribute("done", "admin.rates.done.published");
		redirect.addFlashAttribute("doneArgs", new Object[] { published.callYear(), published.version() });
		return "redirect:/admin/rates/" + year;
	}

	@PostMapping("/admin/rates/{year}/discard")
	String discard(@AuthenticationPrincipal AccountPrincipal user, @PathVariable int year,
			@RequestParam(name = "lockVersion", required = false) String lock, RedirectAttributes redirect) {
		this.administration.discard(user, year, lockVersion(lock));
		redirect.addFlashAttribute("done", "admin.rates.done.discarded");
		redirect.addFlashAttribute("doneArgs", new Object[] { year });
		return "redirect:/admin/rates/" + year;
	}

	@GetMapping("/admin/rates/{year}/diff")
	String diff(@PathVariable int year, @RequestParam(name = "from", required = false) Integer from,
			@RequestParam(name = "to", required = false) Integer to, Model model) {
		if (from == null || to == null) {
			throw new RateTableAdministrationException("admin.rates.error.chooseVersions", year);
		}
		var changes = this.administration.diff(year, from, year, to)
			.orElseThrow(() -> new RateTableAdministrationException("admin.rates.error.noSuchVersion", year));
		model.addAttribute("years", this.administration.callYears());
		model.addAttribute("overview", this.administration.overview(year));
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("changes", changes);
		return "budget/admin-diff";
	}

	@GetMapping("/admin/rates/{year}/{version}.json")
	ResponseEntity<String> export(@PathVariable int year, @PathVariable int version) {
		String json = this.administration.exportJson(year, version)
			.orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("rate-table-" + year + "-v" + version + ".json")
						.build()
						.toString())
			.body(json);
	}

	@ExceptionHandler(RateTableAdministrationException.class)
	String refused(RateTableAdministrationException ex, HttpServletRequest request) {
		var flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put("refused", ex.messageKey());
		flash.put("refusedArgs", ex.args());
		@SuppressWarnings("unchecked")
		var variables = (Map<String, String>) request
			.getAttribute(org.springframework.web.servlet.HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String year = variables == null ? null : variables.get("year");
		if (year != null && year.matches("\\d{4}")) {
			return "redirect:/admin/rates/" + year;
		}
		// straight to a page that shows the message: /admin/rates would redirect again
		// and the message would be lost on the way
		List<Integer> years = this.administration.callYears();
		return years.isEmpty() ? "redirect:/admin" : "redirect:/admin/rates/" + years.get(0);
	}

	private String outcome(int year, SaveResult result, long lockVersion, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (result.outcome() == SaveResult.Outcome.SAVED) {
			redirect.addFlashAttribute("done", "admin.rates.done.saved");
			redirect.addFlashAttribute("doneArgs", new Object[] { result.changes().size() });
			return "redirect:/admin/rates/" + year + "/draft";
		}
		var overview = this.administration.overview(year);
		model.addAttribute("conflict", result.outcome() == SaveResult.Outcome.CONFLICT);
		form(model, overview, result.fields(), lockVersion, result.problems(), locale);
		return "budget/admin-draft";
	}

	private void form(Model model, RateTableAdministration.Overview overview, Map<String, String> fields,
			long lockVersion, List<RateTableProblem> problems, Locale locale) {
		model.addAttribute("overview", overview);
		model.addAttribute("draft", overview.draft().orElse(null));
		model.addAttribute("lockVersion", lockVersion);
		model.addAttribute("fields", LocalisedRates.show(fields, locale));
		model.addAttribute("ids", new Ids());
		model.addAttribute("unitNames", RateTableFields.UNIT_NAMES);
		model.addAttribute("bandRows", bandRows(fields));
		TreeSet<String> countries = new TreeSet<>(Countries.ELIGIBLE);
		TreeSet<String> agencies = new TreeSet<>();
		fields.keySet().forEach((name) -> {
			if (name.startsWith("countryGroups[")) {
				countries.add(name.substring(14, 16));
			}
			Matcher m = AGENCY_PART.matcher(name);
			if (m.matches()) {
				agencies.add(m.group(1).substring(9, 13));
			}
		});
		model.addAttribute("countries", countries);
		model.addAttribute("agencyCodes", agencies);
		model.addAttribute("groups", RateTableFields.GROUPS);
		Map<String, List<String>> errors = new LinkedHashMap<>();
		List<Problem> summary = new ArrayList<>();
		for (RateTableProblem problem : problems) {
			String text = this.messages.getMessage(problem.messageKey(), problem.args().toArray(), locale);
			errors.computeIfAbsent(problem.field(), (k) -> new ArrayList<>()).add(text);
			summary.add(new Problem(anchor(problem.field()), text));
		}
		model.addAttribute("errors", errors);
		model.addAttribute("problems", summary);
	}

	/** Row indexes of the travel bands, followed by spare empty rows. */
	static List<Integer> bandRows(Map<String, String> fields) {
		TreeSet<Integer> rows = new TreeSet<>();
		Pattern band = Pattern.compile("travelBands\\[(\\d+)]\\..*");
		fields.keySet().forEach((name) -> {
			Matcher m = band.matcher(name);
			if (m.matches()) {
				rows.add(Integer.valueOf(m.group(1)));
			}
		});
		int next = rows.isEmpty() ? 0 : rows.last() + 1;
		List<Integer> all = new ArrayList<>(rows);
		for (int i = 0; i < SPARE_BANDS; i++) {
			all.add(next + i);
		}
		return all;
	}

	/** The element of the form a problem links to. */
	static String anchor(String field) {
		if (field.startsWith("agencyForCountry")) {
			return "agencies";
		}
		if ("file".equals(field)) {
			return "import";
		}
		Matcher m = AGENCY_PART.matcher(field);
		if (m.matches()) {
			return RateTableFields.id(m.group(1));
		}
		return RateTableFields.id(field);
	}

	private static long lockVersion(String text) {
		try {
			return Long.parseLong(text == null ? "" : text.trim());
		}
		catch (NumberFormatException ex) {
			throw new ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST);
		}
	}

	/** Element ids of named values, for templates. */
	static final class Ids {

		public String of(String name) {
			return RateTableFields.id(name);
		}

	}

	/** A problem in the error summary: where it is and what it says. */
	record Problem(String anchor, String text) {
	}

}
