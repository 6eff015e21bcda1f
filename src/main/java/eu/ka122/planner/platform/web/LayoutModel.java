package eu.ka122.planner.platform.web;

import java.util.List;

import eu.ka122.planner.shared.Languages;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the base layout needs on every page. */
@ControllerAdvice
class LayoutModel {

	private final List<Language> languages;

	LayoutModel(Languages languages) {
		this.languages = languages.supported()
			.stream()
			.map((l) -> new Language(l.toLanguageTag(), Languages.ownName(l)))
			.toList();
	}

	/** A language of the switcher: its tag and its name in itself. */
	record Language(String tag, String name) {
	}

	@ModelAttribute("languages")
	List<Language> languages() {
		return this.languages;
	}

}
