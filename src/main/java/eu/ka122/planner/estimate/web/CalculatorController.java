package eu.ka122.planner.estimate.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import eu.ka122.planner.budget.RateTables;
import eu.ka122.planner.estimate.ActivityInput;
import eu.ka122.planner.estimate.Distances;
import eu.ka122.planner.estimate.Estimate;
import eu.ka122.planner.estimate.EstimateTexts;
import eu.ka122.planner.estimate.EstimateView;
import eu.ka122.planner.estimate.Estimates;
import eu.ka122.planner.estimate.NoPublishedRateTableException;
import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.ApplicationPlan;
import eu.ka122.planner.shared.Countries;
import eu.ka122.planner.shared.PlannedActivity;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public budget calculator. A plain GET form (nothing is stored, so a plan is a
 * shareable link); htmx asks for the result fragment while the user types, and the page
 * works without JavaScript.
 */
@Controller
@RequestMapping("/calculator")
class CalculatorController {

	private final Estimates estimates;

	private final EstimateTexts texts;

	private final Distances distances;

	private final RateTables rateTables;

	CalculatorController(Estimates estimates, EstimateTexts texts, Distances distances, RateTables rateTables) {
		this.estimates = estimates;
		this.texts = texts;
		this.distances = distances;
		this.rateTables = rateTables;
	}

	@InitBinder("plan")
	void limitRows(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(CalculatorForm.MAX_ROWS);
	}

	@GetMapping
	String calculator(@Valid @ModelAttribute("plan") CalculatorForm form, BindingResult errors,
			@RequestParam(name = "add", required = false) String add,
			@RequestParam(name = "remove", required = false) Integer remove,
			@RequestParam(name = "duplicate", required = false) Integer duplicate,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
		List<ActivityInput> rows = form.getActivities();
		if (add != null && rows.size() < CalculatorForm.MAX_ROWS) {
			rows.add(new ActivityInput());
		}
		if (duplicate != null && duplicate >= 0 && duplicate < rows.size() && rows.size() < CalculatorForm.MAX_ROWS) {
			rows.add(duplicate + 1, rows.get(duplicate).copy());
		}
		if (remove != null && remove >= 0 && remove < rows.size()) {
			rows.remove((int) remove);
		}
		model.addAttribute("activityTypes", ActivityType.values());
		model.addAttribute("countries", eligibleCountries(locale));
		model.addAttribute("callYears", this.rateTables.callYears());
		if (!errors.hasErrors() && add == null && remove == null && duplicate == null) {
			estimate(form, errors).ifPresent(
					(estimate) -> model.addAttribute("estimate", new EstimateView(estimate, this.texts, locale)));
		}
		return htmx != null ? "estimate/calculator :: results" : "estimate/calculator";
	}

	private Optional<Estimate> estimate(CalculatorForm form, BindingResult errors) {
		String applicant = Countries.normalise(form.getApplicantCountry()).orElse(null);
		if (applicant == null) {
			errors.rejectValue("applicantCountry", "calculator.error.country");
		}
		List<PlannedActivity> activities = new ArrayList<>();
		for (int i = 0; i < form.getActivities().size(); i++) {
			ActivityInput row = form.getActivities().get(i);
			String field = "activities[" + i + "].";
			Optional<String> destination = Countries.normalise(row.getDestinationCountry());
			if (destination.isEmpty()) {
				errors.rejectValue(field + "destinationCountry", "calculator.error.country");
				continue;
			}
			row.setDestinationCountry(destination.get());
			var resolved = (applicant == null) ? Optional.<Distances.Resolved>empty()
					: this.distances.resolve(row, applicant, destination.get());
			if (resolved.isEmpty()) {
				if (applicant != null) {
					errors.rejectValue(field + "destinationCity", "calculator.error.cityNotFound");
				}
				continue;
			}
			BigDecimal distance = resolved.get().distanceKm();
			row.setDistanceKm(distance);
			activities.add(row.toActivity(distance));
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		ApplicationPlan plan = new ApplicationPlan(form.getCallYear(), form.getRound(), applicant,
				form.getFinancialGuaranteeCosts(), activities);
		try {
			return Optional.of(this.estimates.estimate(plan));
		}
		catch (NoPublishedRateTableException ex) {
			errors.rejectValue("callYear", "calculator.error.noRateTable", new Object[] { ex.callYear() }, null);
			return Optional.empty();
		}
	}

	static List<CountryOption> eligibleCountries(Locale locale) {
		return Countries.ELIGIBLE.stream()
			.map((code) -> new CountryOption(code,
					new Locale("", "EL".equals(code) ? "GR" : code).getDisplayCountry(locale)))
			.sorted(Comparator.comparing(CountryOption::name))
			.toList();
	}

	record CountryOption(String code, String name) {
	}

}
