package eu.ka122.planner.platform.web;

import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the base layout needs on every page. */
@ControllerAdvice
class LayoutModel {

	private final List<Locale> languages;

	LayoutModel(@Value("${ka122.languages:en,es}") List<String> languages) {
		this.languages = languages.stream().map(Locale::forLanguageTag).toList();
	}

	@ModelAttribute("languages")
	List<Locale> languages() {
		return this.languages;
	}

}
