package eu.ka122.planner.drafting.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Locale;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.drafting.Applications;
import eu.ka122.planner.drafting.Applications.ConcurrentChangeException;
import eu.ka122.planner.drafting.Applications.SubmissionRefusedException;
import eu.ka122.planner.drafting.Draft;
import eu.ka122.planner.drafting.DraftingException;
import eu.ka122.planner.estimate.ActivityInput;
import eu.ka122.planner.estimate.Distances;
import eu.ka122.planner.estimate.EstimateTexts;
import eu.ka122.planner.estimate.EstimateView;
import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.Countries;
import eu.ka122.planner.shared.PlannedActivity;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The application form: a task list of sections, each a page that shows (GET) and saves
 * (POST, then redirect). Every handler goes through {@link Applications}, which checks
 * the organisation on every call.
 */
@Controller
@RequestMapping("/coordinator/applications/{id}")
class ApplicationPages {

	static final String CONFLICT = "conflict";

	private final Applications applications;

	private final EstimateTexts texts;

	private final Distances distances;

	ApplicationPages(Applications applications, EstimateTexts texts, Distances distances) {
		this.applications = applications;
		this.texts = texts;
		this.distances = distances;
	}

	@GetMapping
	String overview(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, Model model, Locale locale) {
		Draft draft = show(user, id, model, locale);
		model.addAttribute("tasks", TaskList.of(draft));
		return "drafting/overview";
	}

	// ---------------------------------------------------------------- context

	@GetMapping("/context")
	String context(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, Model model, Locale locale) {
		Draft draft = show(user, id, model, locale);
		ContextForm form = new ContextForm();
		form.setVersion(draft.version());
		form.setProjectStart(draft.projectStart());
		form.setDurationMonths(draft.durationMonths());
		form.setLanguage(draft.language());
		model.addAttribute("form", form);
		return "drafting/context";
	}

	@PostMapping("/context")
	String saveContext(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id,
			@Valid @ModelAttribute("form") ContextForm form, BindingResult errors, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.applications.updateContext(user, id, form.getVersion(), form.getProjectStart(),
						form.getDurationMonths(), form.getLanguage());
				return saved(id, "", redirect);
			}
			catch (ConcurrentChangeException ex) {
				conflict(model, ex);
			}
		}
		Draft draft = show(user, id, model, locale);
		if (model.containsAttribute(CONFLICT)) {
			model.addAttribute("theirs",
					Change.of(
							Change.when("drafting.context.projectStart", draft.projectStart(), form.getProjectStart()),
							Change.when("drafting.context.durationMonths", draft.durationMonths(),
									form.getDurationMonths()),
							Change.when("drafting.context.language", draft.language(), form.getLanguage())));
		}
		form.setVersion(draft.version());
		return "drafting/context";
	}

	// ---------------------------------------------------------------- description

	@GetMapping("/description")
	String description(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, Model model,
			Locale locale) {
		Draft draft = show(user, id, model, locale);
		DescriptionForm form = new DescriptionForm();
		form.setVersion(draft.version());
		form.setTitle(draft.title());
		form.setBackground(draft.background());
		form.setObjectives(new ArrayList<>(draft.objectives().stream().map(Draft.Objective::text).toList()));
		if (form.getObjectives().isEmpty()) {
			form.getObjectives().add("");
		}
		model.addAttribute("form", form);
		return "drafting/description";
	}

	@PostMapping("/description")
	String saveDescription(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id,
			@Valid @ModelAttribute("form") DescriptionForm form, BindingResult errors,
			@RequestParam(name = "addObjective", required = false) String addObjective,
			@RequestParam(name = "removeObjective", required = false) Integer removeObjective, Model model,
			Locale locale, RedirectAttributes redirect) {
		if (addObjective != null || removeObjective != null) {
			// Adding or removing a row keeps everything typed and saves nothing yet.
			if (addObjective != null && form.getObjectives().size() < DescriptionForm.MAX_OBJECTIVES) {
				form.getObjectives().add("");
			}
			if (removeObjective != null && removeObjective >= 0 && removeObjective < form.getObjectives().size()) {
				form.getObjectives().remove((int) removeObjective);
			}
			show(user, id, model, locale);
			return "drafting/description";
		}
		if (!errors.hasErrors()) {
			try {
				this.applications.updateDescription(user, id, form.getVersion(), form.getTitle(), form.getBackground(),
						form.getObjectives());
				return saved(id, "", redirect);
			}
			catch (ConcurrentChangeException ex) {
				conflict(model, ex);
			}
		}
		Draft draft = show(user, id, model, locale);
		if (model.containsAttribute(CONFLICT)) {
			model.addAttribute("theirs", Change.of(
					Change.when("drafting.description.title", draft.title(), form.getTitle()),
					Change.when("drafting.description.background", draft.background(), form.getBackground()),
					Change.when("drafting.description.objectives",
							String.join(" / ", draft.objectives().stream().map(Draft.Objective::text).toList()),
							String.join(" / ",
									form.getObjectives().stream().filter((o) -> o != null && !o.isBlank()).toList()))));
		}
		form.setVersion(draft.version());
		return "drafting/description";
	}

	// ---------------------------------------------------------------- follow-up

	@GetMapping("/follow-up")
	String followUp(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, Model model, Locale locale) {
		Draft draft = show(user, id, model, locale);
		FollowUpForm form = new FollowUpForm();
		form.setVersion(draft.version());
		form.setIntegration(draft.followUpIntegration());
		form.setEvaluation(draft.followUpEvaluation());
		form.setDissemination(draft.followUpDissemination());
		form.setVisibility(draft.followUpVisibility());
		form.setInclusion(draft.priorityInclusion());
		form.setEnvironment(draft.priorityEnvironment());
		form.setDigital(draft.priorityDigital());
		form.setParticipation(draft.priorityParticipation());
		form.setEtwinning(draft.etwinning());
		form.setFinancialGuaranteeCosts(
				draft.financialGuaranteeCosts().signum() == 0 ? null : draft.financialGuaranteeCosts());
		model.addAttribute("form", form);
		return "drafting/follow-up";
	}

	@PostMapping("/follow-up")
	String saveFollowUp(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id,
			@Valid @ModelAttribute("form") FollowUpForm form, BindingResult errors, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.applications.updateFollowUp(user, id, form.getVersion(), form.toFollowUp());
				return saved(id, "", redirect);
			}
			catch (ConcurrentChangeException ex) {
				conflict(model, ex);
			}
		}
		Draft draft = show(user, id, model, locale);
		if (model.containsAttribute(CONFLICT)) {
			model.addAttribute("theirs", Change.of(
					Change.when("drafting.followUp.integration", draft.followUpIntegration(), form.getIntegration()),
					Change.when("drafting.followUp.evaluation", draft.followUpEvaluation(), form.getEvaluation()),
					Change.when("drafting.followUp.dissemination", draft.followUpDissemination(),
							form.getDissemination()),
					Change.when("drafting.followUp.visibility", draft.followUpVisibility(), form.getVisibility()),
					Change.when("drafting.followUp.etwinning", draft.etwinning(), form.getEtwinning())));
		}
		form.setVersion(draft.version());
		return "drafting/follow-up";
	}

	// ---------------------------------------------------------------- activities

	@GetMapping("/activities")
	String activities(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, Model model,
			Locale locale) {
		show(user, id, model, locale);
		return "drafting/activities";
	}

	@GetMapping("/activities/new")
	String newActivity(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, Model model,
			Locale locale) {
		Draft draft = show(user, id, model, locale);
		ActivityForm form = new ActivityForm();
		form.setVersion(draft.version());
		model.addAttribute("form", form);
		return activityPage(model, null);
	}

	@GetMapping("/activities/{activityId}")
	String editActivity(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id,
			@PathVariable long activityId, Model model, Locale locale) {
		Draft draft = show(user, id, model, locale);
		Draft.Activity activity = draft.activity(activityId);
		ActivityForm form = new ActivityForm();
		form.setVersion(draft.version());
		form.setActivity(ActivityInput.of(activity.row(), activity.originCity()));
		form.getObjectiveIds().addAll(activity.objectiveIds());
		model.addAttribute("form", form);
		return activityPage(model, activity);
	}

	@PostMapping({ "/activities", "/activities/{activityId}" })
	String saveActivity(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id,
			@PathVariable(required = false) Long activityId, @Valid @ModelAttribute("form") ActivityForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		// Only the applicant's country is needed before saving; the full draft is read
		// again for the page.
		ActivityInput input = form.getActivity();
		String applicantCountry = this.applications.organisation(user).country();
		var destination = Countries.normalise(input.getDestinationCountry());
		if (destination.isEmpty()) {
			errors.rejectValue("activity.destinationCountry", "calculator.error.country");
		}
		if (form.getObjectiveIds().isEmpty() && this.applications.hasObjectives(user, id)) {
			errors.rejectValue("objectiveIds", "drafting.activity.objectiveRequired");
		}
		if (!errors.hasErrors()) {
			var resolved = this.distances.resolve(input, applicantCountry, destination.get());
			if (resolved.isEmpty()) {
				errors.rejectValue("activity.destinationCity", "calculator.error.cityNotFound");
			}
			else {
				try {
					PlannedActivity row = input.toActivity(resolved.get().distanceKm());
					int index = this.applications.saveActivity(user, id, activityId, form.getVersion(), row,
							blankToNull(input.getOriginCity()), form.getObjectiveIds());
					redirect.addFlashAttribute("saved", true);
					return "redirect:/coordinator/applications/" + id + "/activities#activity-" + index;
				}
				catch (ConcurrentChangeException ex) {
					conflict(model, ex);
				}
			}
		}
		Draft draft = show(user, id, model, locale);
		form.setVersion(draft.version());
		return activityPage(model, (activityId == null) ? null : draft.activity(activityId));
	}

	/**
	 * The live preview (htmx) of the activity form: this row's budget and findings and
	 * the new total.
	 */
	@PostMapping({ "/activities/preview", "/activities/{activityId}/preview" })
	String previewActivity(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id,
			@PathVariable(required = false) Long activityId, @Valid @ModelAttribute("form") ActivityForm form,
			BindingResult errors, Model model, Locale locale) {
		this.applications.checkAccess(user, id);
		ActivityInput input = form.getActivity();
		var destination = Countries.normalise(input.getDestinationCountry());
		if (errors.hasErrors() || destination.isEmpty()) {
			model.addAttribute("previewInvalid", true);
			return "drafting/activity :: preview";
		}
		var resolved = this.distances.resolve(input, this.applications.organisation(user).country(), destination.get());
		if (resolved.isEmpty()) {
			model.addAttribute("previewInvalid", true);
			return "drafting/activity :: preview";
		}
		var preview = this.applications.preview(user, id, activityId, input.toActivity(resolved.get().distanceKm()));
		EstimateView view = new EstimateView(preview.estimate(), this.texts, locale);
		model.addAttribute("preview", view.activities().get(preview.index()));
		model.addAttribute("previewTotal", view.total());
		model.addAttribute("previewDistance", resolved.get().computed() ? resolved.get().distanceKm() : null);
		return "drafting/activity :: preview";
	}

	@PostMapping("/activities/{activityId}/duplicate")
	String duplicateActivity(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id,
			@PathVariable long activityId, @RequestParam long version, RedirectAttributes redirect) {
		return changeActivities(id, "saved", redirect,
				() -> this.applications.duplicateActivity(user, id, activityId, version));
	}

	@PostMapping("/activities/{activityId}/delete")
	String removeActivity(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id,
			@PathVariable long activityId, @RequestParam long version, RedirectAttributes redirect) {
		return changeActivities(id, "removed", redirect,
				() -> this.applications.removeActivity(user, id, activityId, version));
	}

	// ---------------------------------------------------------------- budget, findings,
	// organisation

	@GetMapping("/budget")
	String budget(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
		show(user, id, model, locale);
		return htmx != null ? "drafting/budget :: summary" : "drafting/budget";
	}

	@GetMapping("/organisation")
	String organisation(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, Model model,
			Locale locale) {
		show(user, id, model, locale);
		var organisation = this.applications.organisation(user);
		model.addAttribute("organisation", organisation);
		model.addAttribute("grants", this.applications.grants(organisation.id()));
		return "drafting/organisation";
	}

	// ---------------------------------------------------------------- check, submit,
	// withdraw

	@GetMapping("/check")
	String check(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, Model model, Locale locale) {
		Draft draft = show(user, id, model, locale);
		SubmitForm form = new SubmitForm();
		form.setLegalRepresentative(draft.legalRepresentative());
		model.addAttribute("form", form);
		return "drafting/check";
	}

	@PostMapping("/submit")
	String submit(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id,
			@Valid @ModelAttribute("form") SubmitForm form, BindingResult errors, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				String reference = this.applications.submit(user, id, form.getLegalRepresentative(),
						form.isDeclarationAccepted());
				redirect.addFlashAttribute("reference", reference);
				return "redirect:/coordinator/applications/" + id + "/submitted";
			}
			catch (SubmissionRefusedException ex) {
				model.addAttribute("refused", ex.errors());
			}
		}
		show(user, id, model, locale);
		return "drafting/check";
	}

	@GetMapping("/submitted")
	String submitted(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, Model model,
			Locale locale) {
		Draft draft = show(user, id, model, locale);
		if (draft.reference() == null) {
			return "redirect:/coordinator/applications/" + id;
		}
		return "drafting/submitted";
	}

	/** The frozen snapshot as submitted, for the coordinator's records. */
	@GetMapping(path = "/submission.json", produces = "application/json")
	org.springframework.http.ResponseEntity<String> submission(@AuthenticationPrincipal AccountPrincipal user,
			@PathVariable long id) {
		String snapshot = this.applications.snapshot(user, id);
		Draft draft = this.applications.load(user, id);
		return org.springframework.http.ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"" + draft.reference() + ".json\"")
			.body(snapshot);
	}

	@PostMapping("/withdraw")
	String withdraw(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id,
			RedirectAttributes redirect) {
		this.applications.withdraw(user, id);
		redirect.addFlashAttribute("withdrawn", true);
		return "redirect:/coordinator";
	}

	/**
	 * A change the application's state refuses: back to the task list with the reason.
	 */
	@org.springframework.web.bind.annotation.ExceptionHandler(DraftingException.class)
	String refused(DraftingException ex, jakarta.servlet.http.HttpServletRequest request) {
		var flash = org.springframework.web.servlet.support.RequestContextUtils.getOutputFlashMap(request);
		flash.put("refusedKey", ex.messageKey());
		flash.put("refusedArgs", ex.args());
		@SuppressWarnings("unchecked")
		var variables = (java.util.Map<String, String>) request
			.getAttribute(org.springframework.web.servlet.HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return "redirect:/coordinator/applications/" + Long.parseLong(variables.get("id"));
	}

	// ---------------------------------------------------------------- helpers

	private Draft show(AccountPrincipal user, long id, Model model, Locale locale) {
		Draft draft = this.applications.load(user, id);
		model.addAttribute("draft", draft);
		model.addAttribute("estimate", new EstimateView(draft.estimate(), this.texts, locale));
		model.addAttribute("findings",
				draft.estimate()
					.findings()
					.stream()
					.map((f) -> new SectionFinding(f.ruleId(), f.severity().name(), f.activityIndex(),
							this.texts.finding(f, locale), TaskList.sectionOf(f).path()))
					.toList());
		model.addAttribute("deadlineBrussels", draft.deadline().atZone(ZoneId.of("Europe/Brussels")));
		model.addAttribute("activityTypes", ActivityType.values());
		return draft;
	}

	private String activityPage(Model model, Draft.Activity activity) {
		model.addAttribute("activity", activity);
		return "drafting/activity";
	}

	/**
	 * A one-click change of the activity list: done, or refused because someone saved
	 * meanwhile.
	 */
	private static String changeActivities(long id, String done, RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute(done, true);
		}
		catch (ConcurrentChangeException ex) {
			redirect.addFlashAttribute(CONFLICT, ex.savedAt());
		}
		return "redirect:/coordinator/applications/" + id + "/activities";
	}

	private static String saved(long id, String section, RedirectAttributes redirect) {
		redirect.addFlashAttribute("saved", true);
		return "redirect:/coordinator/applications/" + id + section;
	}

	private static void conflict(Model model, ConcurrentChangeException ex) {
		model.addAttribute(CONFLICT, ex.savedAt());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	/** A field the other person saved differently from what this person typed. */
	record Change(String labelKey, String saved) {

		static Change when(String labelKey, Object saved, Object typed) {
			String theirs = (saved == null) ? "" : saved.toString();
			String yours = (typed == null) ? "" : typed.toString();
			return theirs.strip().equals(yours.strip()) ? null : new Change(labelKey, theirs);
		}

		static java.util.List<Change> of(Change... changes) {
			return java.util.Arrays.stream(changes).filter(java.util.Objects::nonNull).toList();
		}

	}

	/** A finding with the section of the form that fixes it. */
	record SectionFinding(String ruleId, String severity, Integer activityIndex, String message, String section) {

		public Integer activityNumber() {
			return this.activityIndex == null ? null : this.activityIndex + 1;
		}

	}

}
