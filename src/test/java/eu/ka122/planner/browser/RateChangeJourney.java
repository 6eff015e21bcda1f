package eu.ka122.planner.browser;

import java.math.BigDecimal;
import java.time.Instant;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.budget.RateTableFields;
import eu.ka122.planner.budget.RateTableYears;
import eu.ka122.planner.budget.persistence.RateTableStore;
import eu.ka122.planner.support.Submitter;
import eu.ka122.planner.support.TestAccounts;
import eu.ka122.planner.support.TestClockConfiguration.MutableClock;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 3 of the browser tests: an administrator drafts a change of the Spanish
 * agency's staff rate for destination group 1 and previews its effect on the drafts being
 * written; the same administrator may not publish their own change, a second
 * administrator does; the coordinator's draft is then computed with the new version while
 * the application they submitted keeps the amount and version it was submitted with.
 * Keyboard only, axe-core on every page. The journey has a call year of its own, so no
 * other test's budget changes.
 */
final class RateChangeJourney {

	/** Agency ES01's staff rate for group 1 before and after the change. */
	private static final String FIELD = "agencies[ES01].staff[1]";

	private static final String OLD_RATE = "191";

	private static final String NEW_RATE = "150";

	/**
	 * 3 participants × (10 days + 2 travel days) × (191 − 150) EUR less for a job
	 * shadowing in Italy (group 1).
	 */
	private static final BigDecimal DIFFERENCE = new BigDecimal("-1476.00");

	private final Browser browser;

	private final int year;

	private final String coordinator;

	private final long draft;

	private final Submitter.Submitted submitted;

	private RateChangeJourney(Browser browser, int year, String coordinator, long draft,
			Submitter.Submitted submitted) {
		this.browser = browser;
		this.year = year;
		this.coordinator = coordinator;
		this.draft = draft;
		this.submitted = submitted;
	}

	static void run(Browser browser, TestAccounts accounts, Submitter submitter, MutableClock clock, JdbcTemplate jdbc,
			RateTableStore store) {
		int year = RateTableYears.publishedYear(jdbc, store);
		clock.set(Instant.parse((year - 1) + "-11-25T10:00:00Z"));
		String coordinator = accounts.user(Role.COORDINATOR, "ES");
		Submitter.Submitted submitted = submitter.submitAs(coordinator, year, Submitter.job(3, 10));
		long draft = submitter.draftAs(coordinator, year, Submitter.job(3, 10));
		RateChangeJourney journey = new RateChangeJourney(browser, year, coordinator, draft, submitted);
		Amounts before = journey.coordinatorSeesTheBudgets("before");
		assertThat(before.draftVersion()).isEqualTo(1);
		assertThat(before.draft()).isEqualByComparingTo(before.submitted());
		journey.draftAndPreviewARateChange(accounts.user(Role.ADMIN, null));
		journey.publishAsASecondAdministrator(accounts.user(Role.ADMIN, null));
		Amounts after = journey.coordinatorSeesTheBudgets("after");
		assertThat(after.draftVersion()).isEqualTo(2);
		assertThat(after.draft().subtract(before.draft())).isEqualByComparingTo(DIFFERENCE);
		assertThat(after.submitted()).isEqualByComparingTo(before.submitted());
	}

	/**
	 * The coordinator's dashboard shows the submitted application's requested grant; the
	 * draft's budget page shows its total and the rate-table version it is computed with.
	 */
	Amounts coordinatorSeesTheBudgets(String when) {
		this.browser.signIn(this.coordinator);
		assertThat(this.browser.path()).isEqualTo("/coordinator");
		this.browser.page("dashboard-" + when);
		String row = "tr[data-application='" + this.submitted.id() + "']";
		assertThat(this.browser.text(By.cssSelector(row))).contains(this.submitted.reference());
		BigDecimal submittedTotal = amount(this.browser.text(By.cssSelector(row + " td.amount")));
		this.browser.follow(By.cssSelector("tr[data-application='" + this.draft + "'] a"));
		this.browser.follow(By.cssSelector("main a[href$='/budget']"));
		this.browser.page("draft-budget-" + when);
		String budget = this.browser.text(By.cssSelector("[data-testid=budget]"));
		assertThat(budget).contains("rate table of call year " + this.year);
		int version = Integer.parseInt(budget.replaceAll("(?s).*rate table of call year \\d+, version (\\d+).*", "$1"));
		BigDecimal draftTotal = amount(this.browser.text(By.cssSelector("[data-testid=total] strong")));
		return new Amounts(submittedTotal, draftTotal, version);
	}

	void draftAndPreviewARateChange(String admin) {
		this.browser.signIn(admin);
		assertThat(this.browser.path()).isEqualTo("/admin");
		this.browser.page("admin-home");
		this.browser.follow(By.cssSelector("main a[href='/admin/rates']"));
		this.browser.follow(By.linkText(String.valueOf(this.year)));
		this.browser.page("rates-year");
		this.browser.follow(By.cssSelector("form[action$='/draft/start'] button[type=submit]"));
		assertThat(this.browser.path()).isEqualTo("/admin/rates/" + this.year + "/draft");
		this.browser.page("draft");
		By field = By.id(RateTableFields.id(FIELD));
		assertThat(this.browser.find(field).getDomProperty("value")).isEqualTo(OLD_RATE);
		// the contents at the top lead past the other tables; Enter in a field saves
		this.browser.activate(By.cssSelector("[data-testid=contents] a[href='#agencies-title']"));
		this.browser.type(field, "-150").pressForNewPage(Keys.ENTER);
		// refused: the error summary says why, has the focus and leads back to the
		// field, which kept what was typed
		WebElement summary = this.browser.find(By.cssSelector("[data-testid=problems]"));
		if (this.browser.javascript()) {
			assertThat(this.browser.focused()).as("focus moves to the error summary").isEqualTo(summary);
		}
		assertThat(summary.findElements(By.tagName("a"))).hasSize(1);
		assertThat(this.browser.find(field).getDomProperty("value")).isEqualTo("-150");
		this.browser.page("draft-problem");
		this.browser.activate(By.cssSelector("[data-testid=problems] a[href='#" + RateTableFields.id(FIELD) + "']"));
		this.browser.type(field, NEW_RATE).pressForNewPage(Keys.ENTER);
		assertThat(this.browser.text(By.cssSelector("[data-testid=done]"))).contains("1 value changed");
		assertThat(this.browser.find(field).getDomProperty("value")).isEqualTo(NEW_RATE);
		this.browser.page("draft-saved");
		this.browser.follow(By.partialLinkText("Back to the rate tables of"));
		this.browser.page("rates-year-draft");
		// who changed a draft cannot publish it
		assertThat(this.browser.text(By.cssSelector("[data-testid=four-eyes]"))).contains("another administrator");
		assertThat(this.browser.findAll(By.cssSelector("form[action$='/publish']"))).isEmpty();
		this.browser.follow(By.linkText("Preview the effect on drafts"));
		this.browser.page("preview");
		assertThat(this.browser.text(By.cssSelector("[data-testid=summary]"))).isEqualTo(
				"1 draft application is being written; the budget of 1 draft would change, by -1,476.00 EUR in total.");
		assertThat(this.browser.text(By.cssSelector("[data-testid=largest]"))).contains(String.valueOf(this.draft))
			.contains("-1,476.00");
	}

	void publishAsASecondAdministrator(String admin) {
		this.browser.signIn(admin);
		this.browser.open("/admin/rates/" + this.year).page("rates-year-second-admin");
		assertThat(this.browser.findAll(By.cssSelector("[data-testid=four-eyes]"))).isEmpty();
		this.browser.follow(By.cssSelector("form[action$='/publish'] button[type=submit]"));
		assertThat(this.browser.text(By.cssSelector("[data-testid=done]")))
			.startsWith("Version 2 of call year " + this.year + " is published.");
		this.browser.page("published");
		assertThat(this.browser.text(By.cssSelector("[data-testid=versions]"))).contains("Published");
	}

	private static BigDecimal amount(String text) {
		return new BigDecimal(text.replace("EUR", "").replace(",", "").trim());
	}

	record Amounts(BigDecimal submitted, BigDecimal draft, int draftVersion) {
	}

}
