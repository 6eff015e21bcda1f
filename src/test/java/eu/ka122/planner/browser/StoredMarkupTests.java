package eu.ka122.planner.browser;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.review.Assessments;
import eu.ka122.planner.review.Decisions;
import eu.ka122.planner.review.domain.Criterion;
import eu.ka122.planner.review.DecisionOutcome;
import eu.ka122.planner.support.Submitter;
import eu.ka122.planner.support.TestAccounts;
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
class StoredMarkupTests extends JourneySupport {

	static final String SCRIPT = "<script>window.__ka122xss = 1</script>";

	static final String IMAGE = "\"><img src=x onerror=\"window.__ka122xss = 2\">";

	@Autowired
	Assessments assessments;

	@Autowired
	Decisions decisions;

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

	/**
	 * Markup in an organisation's name, people's names, an assessor's comments and a
	 * decision's reason, on every review and administration page that shows them.
	 */
	@Test
	void reviewAndAdministrationPagesShowStoredMarkupAsText(Browser browser) {
		this.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
		String coordinator = this.accounts.user(Role.COORDINATOR, "CZ");
		AccountPrincipal author = this.submitter.principal(coordinator);
		this.jdbc.update("update organisation set legal_name = ? where id = ?", SCRIPT + IMAGE,
				author.organisationId());
		this.jdbc.update("update app_user set display_name = ? where username = ?", IMAGE, coordinator);
		Submitter.Submitted application = this.submitter.submitAs(coordinator, Submitter.job(3, 10));
		String officer = this.accounts.user(Role.NA_OFFICER, "CZ01");
		String expert = this.accounts.user(Role.ASSESSOR, "CZ01");
		this.jdbc.update("update app_user set display_name = ? where username = ?", SCRIPT, expert);
		AccountPrincipal officerPrincipal = this.submitter.principal(officer);
		AccountPrincipal expertPrincipal = this.submitter.principal(expert);
		this.assessments.assign(officerPrincipal, application.id(), expertPrincipal.id());
		long assignment = this.jdbc.queryForObject("select id from review_assignment where application_id = ?",
				Long.class, application.id());
		this.assessments.declare(expertPrincipal, assignment, false);
		this.assessments.score(expertPrincipal, assignment, null,
				Map.of(Criterion.RELEVANCE, 10, Criterion.PROJECT_DESIGN, 25, Criterion.FOLLOW_UP, 15),
				Map.of(Criterion.RELEVANCE, SCRIPT, Criterion.PROJECT_DESIGN, IMAGE, Criterion.FOLLOW_UP,
						SCRIPT + IMAGE));
		this.decisions.decide(officerPrincipal, application.id(), null, DecisionOutcome.REJECTED, List.of(),
				IMAGE + SCRIPT);

		browser.signIn(officer);
		for (String page : List.of("/agency/submissions?q=" + application.reference(),
				"/agency/applications/" + application.id(), "/agency/applications/" + application.id() + "/decision",
				"/agency/ranking?call=2027-1", "/agency/organisations/" + author.organisationId() + "/grants")) {
			browser.open(page);
			assertInert(browser, page);
		}
		assertThat(browser.bodyText()).as("the name shows as typed").contains(SCRIPT);
		browser.signIn(expert);
		for (String page : List.of("/agency/assignments", "/agency/assignments/" + assignment)) {
			browser.open(page);
			assertInert(browser, page);
		}
		browser.signIn(coordinator);
		for (String page : List.of("/coordinator", "/coordinator/applications/" + application.id() + "/outcome")) {
			browser.open(page);
			assertInert(browser, page);
		}
		assertThat(browser.bodyText()).as("the reason shows as typed").contains(SCRIPT);
		browser.signIn(this.accounts.user(Role.ADMIN, null));
		String oid = this.jdbc.queryForObject("select oid from organisation where id = ?", String.class,
				author.organisationId());
		for (String page : List.of("/admin/organisations?q=" + oid, "/admin/organisations/" + author.organisationId(),
				"/admin/users?q=" + expert, "/admin/audit")) {
			browser.open(page);
			assertInert(browser, page);
		}
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
