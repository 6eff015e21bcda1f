package eu.ka122.planner.shared;

import java.util.Locale;

/**
 * A reader chose a language the app speaks with the switcher, in the request being
 * handled: the web layer has remembered it for their browser; a module that knows the
 * signed-in user can keep it too.
 */
public record LanguageChosen(Locale language) {
}
