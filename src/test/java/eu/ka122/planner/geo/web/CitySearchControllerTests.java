package eu.ka122.planner.geo.web;

import java.util.List;
import java.util.Locale;

import eu.ka122.planner.geo.CityMatch;
import eu.ka122.planner.geo.GeoService;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.ui.ExtendedModelMap;

import static org.assertj.core.api.Assertions.assertThat;

class CitySearchControllerTests {

	/**
	 * Loading takes a fraction of a second: share the shipped gazetteer between the
	 * tests.
	 */
	private static final GeoService geo = new GeoService();

	private final CitySearchController controller = new CitySearchController(geo, messages());

	private final MockMvcTester mvc = MockMvcTester.of(this.controller);

	@Test
	void answersTwentyCitiesAtMost() {
		assertThat(this.controller.search("sa", null)).hasSize(CitySearchController.MAX_RESULTS);
	}

	@Test
	void answersNothingToFewerThanTwoLetters() {
		assertThat(this.controller.search("", null)).isEmpty();
		assertThat(this.controller.search("r", "IT")).isEmpty();
		assertThat(this.controller.search(" r ", "IT")).isEmpty();
		assertThat(this.controller.search("ro", "IT")).isNotEmpty();
	}

	@Test
	void rendersTheOptionsTemplateWithTheCities() {
		ExtendedModelMap model = new ExtendedModelMap();
		assertThat(this.controller.options("Madr", "es", model)).isEqualTo("geo/city-options");
		assertThat(model.getAttribute("cities")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.first()
			.isEqualTo(new CityMatch("Madrid", "ES", "Madrid", 40.4165, -3.70256));
	}

	@Test
	void theOptionsTemplateGivesEachCityItsNameCountryAndRegion() {
		Context context = new Context(Locale.ENGLISH);
		context.setVariable("cities", List.of(new CityMatch("Frankfurt am Main", "DE", "Hesse", 50.11552, 8.68417),
				new CityMatch("Nicosia", "CY", "", 35.17284, 33.35397)));
		String html = templateEngine().process("geo/city-options", context);
		assertThat(html).contains("<option value=\"Frankfurt am Main\" data-country=\"DE\" data-region=\"Hesse\"")
			.contains("label=\"Frankfurt am Main, Hesse (DE)\"")
			.contains("<option value=\"Nicosia\" data-country=\"CY\" data-latitude")
			.contains("label=\"Nicosia (CY)\"")
			.doesNotContain("th:")
			.doesNotContain("datalist");
	}

	@Test
	void answersJsonWithNameCountryRegionAndCoordinates() {
		assertThat(this.mvc.get().uri("/api/v1/cities").param("q", "den haag").param("country", "nl")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					[{"name": "The Hague", "country": "NL", "region": "South Holland",
					  "latitude": 52.07667, "longitude": 4.29861}]
					""");
	}

	@Test
	void answersAnEmptyJsonListToOneLetter() {
		assertThat(this.mvc.get().uri("/api/v1/cities").param("q", "a")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("[]");
	}

	@Test
	void answersAProblemDetailToAMalformedCountry() {
		assertThat(this.mvc.get().uri("/api/v1/cities").param("q", "rome").param("country", "ITA")).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{"status": 400, "title": "Invalid country code", "parameter": "country",
					 "detail": "\\"ITA\\" is not a country code: use a two-letter code such as ES, or EL for Greece."}
					""");
		assertThat(this.mvc.get().uri("/geo/cities").param("q", "r").param("country", "I1")).hasStatus(400);
	}

	@Test
	void takesGreeceAsGrOrEl() {
		assertThat(this.controller.search("athens", "GR")).extracting(CityMatch::country).containsOnly("EL");
		assertThat(this.controller.search("athens", "el")).isEqualTo(this.controller.search("athens", "GR"));
	}

	private static eu.ka122.planner.platform.i18n.IcuMessageSource messages() {
		eu.ka122.planner.platform.i18n.IcuMessageSource messages = new eu.ka122.planner.platform.i18n.IcuMessageSource();
		messages.setBasename("i18n/geo");
		messages.setDefaultEncoding("UTF-8");
		return messages;
	}

	private static SpringTemplateEngine templateEngine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

}
