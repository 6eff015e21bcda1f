package eu.ka122.planner.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (the script bundled in {@code com.deque.html.axe-core:selenium}) on the
 * page the browser shows, against WCAG 2.0 and 2.1 A and AA, and returns the violations
 * of impact "serious" or "critical", one readable line each.
 */
final class Axe {

	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final String SCRIPT = load();

	private static final String RUN = """
			var done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
			  .then(function (results) {
			    done(results.violations
			      .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
			      .map(function (v) {
			        return v.impact + ' ' + v.id + ': ' + v.help + ' at '
			          + v.nodes.map(function (n) { return n.target.join(' ') + ' (' + n.failureSummary + ')'; }).join('; ');
			      }));
			  })
			  .catch(function (e) { done(['axe failed: ' + e]); });
			""";

	private Axe() {
	}

	@SuppressWarnings("unchecked")
	static List<String> seriousViolations(WebDriver driver) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		Object present = js.executeScript("return typeof window.axe === 'object';");
		if (!Boolean.TRUE.equals(present)) {
			js.executeScript(SCRIPT);
		}
		return (List<String>) js.executeAsyncScript(RUN, TAGS);
	}

	private static String load() {
		try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException(
						"axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
