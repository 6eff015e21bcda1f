package eu.ka122.planner.guide.web;

import java.util.List;

/**
 * One radio group of the guide: the form field it fills and its answers in display order.
 * The legend, hint, answer labels and error are the message keys {@code guide.q.<name>},
 * {@code guide.q.<name>.hint}, {@code guide.q.<name>.<option>} and
 * {@code guide.error.<name>}.
 */
record Question(String name, List<String> options) {

	static Question of(String name, String... options) {
		return new Question(name, List.of(options));
	}

}
