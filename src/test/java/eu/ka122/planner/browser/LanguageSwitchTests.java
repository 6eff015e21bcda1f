package eu.ka122.planner.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The language selector in the header: moving through its options with the arrow keys
 * changes nothing (WCAG 3.2.2, no change of context on input); its button switches the
 * language. The chosen language's name is shown whole.
 */
@BrowserTest
class LanguageSwitchTests {

	@Test
	void arrowingThroughTheLanguagesChangesNothingUntilTheButtonIsPressed(Browser browser) {
		browser.open("/guide").page("guide-english");
		String path = browser.path();
		WebElement select = browser.find(By.id("lang-switch"));
		for (int width : new int[] { 1280, 1024, 800, 576, 390 }) {
			browser.driver().manage().window().setSize(new Dimension(width, 900));
			assertThat(fitsItsText(browser, select)).as("the chosen language's name is shown whole at %d px", width)
				.isTrue();
		}
		browser.driver().manage().window().setSize(new Dimension(1280, 1024));
		browser.select(By.id("lang-switch"), "es");
		assertThat(browser.path()).as("choosing an option does not load a page").isEqualTo(path);
		assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

		browser.follow(By.cssSelector("form:has(#lang-switch) button[type=submit]"));
		assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
		assertThat(browser.path()).startsWith("/guide");
		browser.page("guide-spanish");
		WebElement spanish = browser.find(By.id("lang-switch"));
		assertThat(spanish.getDomProperty("value")).isEqualTo("es");
		assertThat(fitsItsText(browser, spanish)).as("the chosen language's name is shown whole").isTrue();
	}

	/**
	 * Whether the select is wide enough for its chosen option's name, its padding and the
	 * arrow (measured by a hidden copy of the text in the select's font).
	 */
	private static boolean fitsItsText(Browser browser, WebElement select) {
		return (Boolean) ((JavascriptExecutor) browser.driver()).executeScript("""
				var s = arguments[0], style = getComputedStyle(s);
				var probe = document.createElement('span');
				probe.textContent = s.options[s.selectedIndex].text;
				probe.style.font = style.font;
				probe.style.position = 'absolute';
				probe.style.visibility = 'hidden';
				document.body.appendChild(probe);
				var needed = probe.getBoundingClientRect().width + parseFloat(style.paddingLeft)
						+ parseFloat(style.paddingRight);
				probe.remove();
				return s.getBoundingClientRect().width >= needed;
				""", select);
	}

}
