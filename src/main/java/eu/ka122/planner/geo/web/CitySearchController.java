package eu.ka122.planner.geo.web;

import java.util.List;
import java.util.Locale;

import eu.ka122.planner.geo.CityMatch;
import eu.ka122.planner.geo.GeoService;
import eu.ka122.planner.geo.InvalidCountryCodeException;
import eu.ka122.planner.geo.domain.NameFolding;
import eu.ka122.planner.shared.Countries;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * City autocompletion. {@code GET /geo/cities} renders {@code <option>} elements for a
 * {@code <datalist>} (htmx swaps them in as the user types); {@code GET /api/v1/cities}
 * returns the same cities as JSON. At most {@value #MAX_RESULTS} cities; a query of fewer
 * than {@value #MIN_QUERY_LENGTH} letters finds none, so one keystroke does not list half
 * a country.
 */
@Controller
class CitySearchController {

	static final int MAX_RESULTS = 20;

	static final int MIN_QUERY_LENGTH = 2;

	/** Longer input is no city name; it is not worth folding. */
	static final int MAX_QUERY_LENGTH = 100;

	private final GeoService geo;

	private final MessageSource messages;

	CitySearchController(GeoService geo, MessageSource messages) {
		this.geo = geo;
		this.messages = messages;
	}

	@GetMapping("/geo/cities")
	String options(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "country", required = false) String country, Model model) {
		model.addAttribute("cities", search(query, country));
		return "geo/city-options";
	}

	@GetMapping(path = "/api/v1/cities", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<CityMatch> cities(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "country", required = false) String country) {
		return search(query, country);
	}

	@ExceptionHandler
	ProblemDetail invalidCountry(InvalidCountryCodeException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				message("geo.country.invalid.detail", new Object[] { ex.getCode() }, locale));
		problem.setTitle(message("geo.country.invalid.title", null, locale));
		problem.setProperty("parameter", "country");
		return problem;
	}

	List<CityMatch> search(String query, String country) {
		// A malformed country is reported whatever was typed.
		if (country != null && !country.isBlank() && Countries.normalise(country).isEmpty()) {
			throw new InvalidCountryCodeException(country);
		}
		if (query.length() > MAX_QUERY_LENGTH || NameFolding.fold(query).length() < MIN_QUERY_LENGTH) {
			return List.of();
		}
		return this.geo.search(query, country, MAX_RESULTS);
	}

	private String message(String code, Object[] args, Locale locale) {
		// The key stands in should i18n/geo leave the message bundles.
		return this.messages.getMessage(code, args, code, locale);
	}

}
