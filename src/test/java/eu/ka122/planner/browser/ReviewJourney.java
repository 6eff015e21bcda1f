package eu.ka122.planner.browser;

import java.math.BigDecimal;
import java.time.Instant;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.support.Submitter;
import eu.ka122.planner.support.TestAccounts;
import eu.ka122.planner.support.TestClockConfiguration.MutableClock;
import org.openqa.selenium.By;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 2 of the browser tests: an agency officer finds a submitted application and
 * assigns an external assessor; the assessor declares no conflict of interest and scores;
 * the officer enters the round's budget, sees the application funded in the ranking and
 * approves it with one activity removed, after recalculating; the coordinator sees the
 * decision and the awarded grant. Keyboard only, axe-core on every page.
 */
final class ReviewJourney {

	private final Browser browser;

	private final TestAccounts accounts;

	private final JdbcTemplate jdbc;

	private ReviewJourney(Browser browser, TestAccounts accounts, JdbcTemplate jdbc) {
		this.browser = browser;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	static void run(Browser browser, TestAccounts accounts, Submitter submitter, MutableClock clock,
			JdbcTemplate jdbc) {
		clock.set(Instant.parse("2026-11-25T10:00:00Z"));
		ReviewJourney journey = new ReviewJourney(browser, accounts, jdbc);
		Submitter.Submitted application = submitter.submit("ES", Submitter.job(3, 10), Submitter.job(2, 20));
		String officer = accounts.user(Role.NA_OFFICER, "ES01");
		String expert = accounts.user(Role.ASSESSOR, "ES01");
		journey.assignAnAssessor(officer, expert, application);
		journey.declareAndScore(expert, application);
		journey.rankAndApproveAReducedGrant(officer, application);
		journey.seeTheDecision(application);
	}

	void signIn(String username) {
		this.browser.signIn(username);
	}

	void assignAnAssessor(String officer, String expert, Submitter.Submitted application) {
		signIn(officer);
		assertThat(this.browser.path()).isEqualTo("/agency");
		this.browser.page("agency-home");
		this.browser.follow(By.cssSelector("main a[href='/agency/submissions']"));
		this.browser.type(By.id("q"), application.reference())
			.follow(By.cssSelector("form[role=search] button[type=submit]"));
		this.browser.page("submissions");
		assertThat(this.browser.text(By.cssSelector("[data-testid=count]"))).startsWith("1 application;");
		this.browser.follow(By.linkText(application.reference()));
		this.browser.page("application");
		String expertId = String
			.valueOf(this.jdbc.queryForObject("select id from app_user where username = ?", Long.class, expert));
		this.browser.select(By.id("assessor"), expertId)
			.follow(By.cssSelector("form[action$='/assessors'] button[type=submit]"));
		assertThat(this.browser.text(By.cssSelector("[data-testid=assignments]"))).contains("Test " + expert);
		this.browser.page("application-assigned");
	}

	void declareAndScore(String expert, Submitter.Submitted application) {
		signIn(expert);
		this.browser.open("/agency/assignments").page("assignments");
		this.browser.follow(By.partialLinkText("Declare conflicts of interest for " + application.reference()));
		this.browser.page("declaration");
		this.browser.choose(By.id("conflict-no")).follow(By.cssSelector("main form button[type=submit]"));
		this.browser.page("score");
		this.browser.type(By.id("relevance"), "17")
			.type(By.id("relevanceComment"), "Clear needs, linked to the school plan.")
			.type(By.id("projectDesign"), "40")
			.type(By.id("projectDesignComment"), "Activities fit the objectives.")
			.type(By.id("followUp"), "24")
			.type(By.id("followUpComment"), "Sharing could be more specific.")
			.follow(By.cssSelector("main form button[type=submit]"));
		assertThat(this.browser.path()).isEqualTo("/agency/assignments");
		assertThat(this.browser.text(By.cssSelector("[data-testid=done]"))).contains("assessment is saved");
	}

	void rankAndApproveAReducedGrant(String officer, Submitter.Submitted application) {
		signIn(officer);
		this.browser.open("/agency/ranking?call=2027-1").page("ranking");
		this.browser.type(By.id("budget"), "100000000")
			.follow(By.cssSelector("form[action$='/ranking/budget'] button[type=submit]"));
		String row = "tr[data-reference='" + application.reference() + "']";
		assertThat(this.browser.text(By.cssSelector(row))).contains("Funded").contains("81.0");
		this.browser.page("ranking-funded");
		this.browser.follow(By.cssSelector(row + " a[href$='/decision']"));
		this.browser.page("decision");
		this.browser.choose(By.id("outcome-APPROVED"))
			.check(By.name("activities[1].keep"), false)
			.follow(By.cssSelector("button[value=preview]"));
		this.browser.page("decision-recalculated");
		BigDecimal awarded = amount(this.browser.text(By.cssSelector("[data-testid=awarded-total]")));
		BigDecimal requested = this.jdbc.queryForObject(
				"select requested_total from review_case where application_id = ?", BigDecimal.class, application.id());
		assertThat(awarded).isPositive().isLessThan(requested);
		this.browser.type(By.id("reason"), "The second job shadowing repeats the first.")
			.follow(By.cssSelector("button[value=confirm]"));
		assertThat(this.browser.text(By.cssSelector("[data-testid=stage]"))).isEqualTo("Approved");
		this.browser.page("application-decided");
	}

	void seeTheDecision(Submitter.Submitted application) {
		signIn(application.coordinator());
		assertThat(this.browser.path()).isEqualTo("/coordinator");
		this.browser.follow(By.cssSelector("[data-testid=outcome]"));
		this.browser.page("outcome");
		assertThat(this.browser.text(By.cssSelector("[data-testid=outcome]"))).contains("is approved");
		assertThat(this.browser.bodyText()).contains("The second job shadowing repeats the first.")
			.contains("Assessor 1");
	}

	private static BigDecimal amount(String text) {
		return new BigDecimal(text.replace(",", "").trim());
	}

}
