package eu.ka122.planner.browser;

import java.time.Instant;
import java.util.List;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.support.TestAccounts;
import eu.ka122.planner.support.TestClockConfiguration.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Script and markup typed into an application are stored as text and shown as text: on
 * every page that shows them, in a real browser, nothing runs and no element is made of
 * them.
 */
@BrowserTest
class StoredMarkupTests {

	static final String SCRIPT = "<script>window.__ka122xss = 1</script>";

	static final String IMAGE = "\"><img src=x onerror=\"window.__ka122xss = 2\">";

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void storedScriptAndMarkupRenderInertOnEveryPageThatShowsThem(Browser browser) {
		this.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
		browser.open("/login");
		browser.find(By.id("username")).sendKeys(this.accounts.user(Role.COORDINATOR, "ES"));
		browser.find(By.id("password")).sendKeys(TestAccounts.PASSWORD);
		browser.enter(By.cssSelector("main form button[type=submit]"));
		browser.enter(By.cssSelector("form[action='/coordinator/applications'] button[type=submit]"));
		String application = browser.path();

		browser.open(application + "/description");
		type(browser, "title", SCRIPT + IMAGE);
		type(browser, "background", IMAGE + SCRIPT);
		type(browser, "objectives-0", SCRIPT);
		browser.enter(By.cssSelector("main form button[type=submit].btn-primary"));

		browser.open(application + "/activities/new");
		type(browser, "activity-hostingOrganisation", IMAGE);
		type(browser, "activity-courseTitle", SCRIPT);
		type(browser, "activity-distanceKm", "1200");
		browser.find(By.cssSelector("input[name=objectiveIds]")).sendKeys(Keys.SPACE);
		browser.enter(By.cssSelector("main form button[type=submit].btn-primary"));
		assertThat(browser.path()).isEqualTo(application + "/activities");

		for (String page : List.of(application, application + "/description", application + "/activities",
				application + "/check", application + "/budget", "/coordinator")) {
			browser.open(page);
			assertInert(browser, page);
		}
		assertThat(browser.bodyText()).as("the title shows as typed").contains(SCRIPT);
	}

	private static void type(Browser browser, String id, String text) {
		WebElement field = browser.find(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private static void assertInert(Browser browser, String page) {
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		assertThat(js.executeScript("return window.__ka122xss === undefined")).as("nothing ran on %s", page)
			.isEqualTo(true);
		assertThat(browser.findAll(By.cssSelector("[onerror], img[src=x]"))).as("no element made of input on %s", page)
			.isEmpty();
		assertThat(js.executeScript("return Array.from(document.scripts).filter(function (s) { "
				+ "return s.textContent.indexOf('__ka122xss') >= 0; }).length"))
			.as("no script element made of input on %s", page)
			.isEqualTo(0L);
	}

}
