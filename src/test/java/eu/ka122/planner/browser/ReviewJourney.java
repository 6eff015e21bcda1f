package eu.ka122.planner.browser;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

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
 * <p>
 * Every user signs in on a browser that has forgotten them and chooses the journey's
 * language with the header's switcher; the officer's second sign-in comes back in it
 * without choosing again (their account keeps it). What they expect to read comes from
 * the app's bundles in that language, what they type (comments, the budget, the reason)
 * from the {@link Agency}, and every key page must be in that language.
 */
final class ReviewJourney {

	/** The Spanish agency in English, with the test's names and plain digits. */
	static final Agency SPANISH_AGENCY_IN_ENGLISH = new Agency("ES", "ES01", "IT", null, null, null, null, "100000000",
			"100,000,000.00", List.of("Clear needs, linked to the school plan.", "Activities fit the objectives.",
					"Sharing could be more specific."),
			"The second job shadowing repeats the first.");

	/**
	 * The Italian agency in Italian: people and a school with accented names, comments
	 * with Greek and Cyrillic, and the budget typed as Italian writes it (dots between
	 * thousands, a decimal comma).
	 */
	static final Agency ITALIAN_AGENCY_IN_ITALIAN = new Agency("IT", "IT02", "PL",
			"Istituto Comprensivo «Nicolò Tommaseo»", "Chiara Dell'Acqua", "Giuliana Mazzà", "Nicolò Rossi",
			"1.500.000,50", "1.500.000,50",
			List.of("Bisogni chiari, legati al piano dell'istituto: perché sì (Ελληνικά, Кирилица).",
					"Le attività corrispondono agli obiettivi; è un progetto più che valido.",
					"La diffusione potrebbe essere più concreta: città, scuole, date."),
			"La seconda attività ripete la prima: così è più efficace. Ελληνικά, Кирилица.");

	private final Browser browser;

	private final JdbcTemplate jdbc;

	private final PageLanguage language;

	private final Agency agency;

	private ReviewJourney(Browser browser, JdbcTemplate jdbc, PageLanguage language, Agency agency) {
		this.browser = browser;
		this.jdbc = jdbc;
		this.language = language;
		this.agency = agency;
	}

	static void run(Browser browser, TestAccounts accounts, Submitter submitter, MutableClock clock, JdbcTemplate jdbc,
			PageLanguage language, Agency agency) {
		clock.set(Instant.parse("2026-11-25T10:00:00Z"));
		ReviewJourney journey = new ReviewJourney(browser, jdbc, language, agency);
		String coordinator = accounts.user(Role.COORDINATOR, agency.country());
		String officer = accounts.user(Role.NA_OFFICER, agency.code());
		String expert = accounts.user(Role.ASSESSOR, agency.code());
		if (agency.school() != null) {
			// named before submitting: the submission keeps the organisation's name
			accounts.nameOrganisationOf(coordinator, agency.school());
			accounts.name(coordinator, agency.coordinator());
			accounts.name(officer, agency.officer());
			accounts.name(expert, agency.expert());
			browser.own(agency.school(), agency.coordinator(), agency.officer(), agency.expert());
		}
		Submitter.Submitted application = submitter.submitAs(coordinator, Submitter.job(agency.destination(), 3, 10),
				Submitter.job(agency.destination(), 2, 20));
		browser.own(Submitter.TEXTS.toArray(String[]::new)).expectPagesIn(language);
		journey.assignAnAssessor(officer, expert, application);
		journey.declareAndScore(expert, application);
		journey.rankAndApproveAReducedGrant(officer, application);
		journey.seeTheDecision(application, expert);
	}

	/**
	 * Signs in on a browser that has forgotten everything, lands on the user's home page
	 * and chooses the journey's language there with the switcher (nothing to do if the
	 * page is in it already).
	 */
	void signIn(String username, String home) {
		this.browser.signIn(username);
		assertThat(this.browser.path()).isEqualTo(home);
		this.browser.chooseLanguage(this.language.tag());
	}

	void assignAnAssessor(String officer, String expert, Submitter.Submitted application) {
		signIn(officer, "/agency");
		this.browser.page("agency-home");
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo(this.language.text("home.agency.title"));
		this.browser.follow(By.cssSelector("main a[href='/agency/submissions']"));
		this.browser.type(By.id("q"), application.reference())
			.follow(By.cssSelector("form[role=search] button[type=submit]"));
		this.browser.page("submissions");
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo(this.language.text("review.list.title"));
		assertThat(this.browser.text(By.cssSelector("[data-testid=count]")))
			.isEqualTo(this.language.text("review.list.count", 1, 1, 1));
		this.browser.follow(By.linkText(application.reference()));
		ownTheAgencysNames();
		this.browser.page("application");
		String expertId = String
			.valueOf(this.jdbc.queryForObject("select id from app_user where username = ?", Long.class, expert));
		this.browser.select(By.id("assessor"), expertId)
			.follow(By.cssSelector("form[action$='/assessors'] button[type=submit]"));
		assertThat(this.browser.text(By.cssSelector("[data-testid=assignments]"))).contains(name(expert));
		this.browser.page("application-assigned");
	}

	void declareAndScore(String expert, Submitter.Submitted application) {
		signIn(expert, "/agency");
		this.browser.open("/agency/assignments").page("assignments");
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo(this.language.text("review.assignments.title"));
		this.browser
			.follow(By.partialLinkText(this.language.text("review.assignments.declare", application.reference())));
		this.browser.page("declaration");
		this.browser.choose(By.id("conflict-no")).follow(By.cssSelector("main form button[type=submit]"));
		this.browser.page("score");
		List<String> comments = this.agency.comments();
		this.browser.type(By.id("relevance"), "17")
			.type(By.id("relevanceComment"), comments.get(0))
			.type(By.id("projectDesign"), "40")
			.type(By.id("projectDesignComment"), comments.get(1))
			.type(By.id("followUp"), "24")
			.type(By.id("followUpComment"), comments.get(2))
			.follow(By.cssSelector("main form button[type=submit]"));
		assertThat(this.browser.path()).isEqualTo("/agency/assignments");
		assertThat(this.browser.text(By.cssSelector("[data-testid=done]")))
			.isEqualTo(this.language.text("review.score.done"));
	}

	void rankAndApproveAReducedGrant(String officer, Submitter.Submitted application) {
		this.browser.signIn(officer);
		assertThat(this.browser.find(By.tagName("html")).getAttribute("lang"))
			.as("the language the officer chose at their last sign-in")
			.isEqualTo(this.language.tag());
		ownTheAgencysNames();
		this.browser.open("/agency/ranking?call=2027-1").page("ranking");
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo(this.language.text("review.ranking.title"));
		this.browser.type(By.id("budget"), this.agency.budget())
			.follow(By.cssSelector("form[action$='/ranking/budget'] button[type=submit]"));
		BigDecimal budget = this.language.read(this.agency.budget());
		// the saved budget is shown as the language writes it, and can be saved again
		String field = PageLanguage.spaces(this.browser.find(By.id("budget")).getDomProperty("value"));
		assertThat(this.language.read(field)).as("the budget field after saving").isEqualByComparingTo(budget);
		assertThat(this.browser.text(By.cssSelector("[data-testid=funded]"))).contains(this.agency.budgetShown());
		String row = "tr[data-reference='" + application.reference() + "']";
		assertThat(this.browser.text(By.cssSelector(row))).contains(this.language.text("review.outcome.FUNDED"))
			.contains(this.language.number(new BigDecimal("81.0"), 1, 1));
		this.browser.page("ranking-funded");
		this.browser.follow(By.cssSelector(row + " a[href$='/decision']"));
		this.browser.page("decision");
		assertThat(this.browser.text(By.tagName("h1")))
			.isEqualTo(this.language.text("review.decision.title", application.reference()));
		this.browser.choose(By.id("outcome-APPROVED"))
			.check(By.name("activities[1].keep"), false)
			.follow(By.cssSelector("button[value=preview]"));
		this.browser.page("decision-recalculated");
		BigDecimal awarded = this.language.read(this.browser.text(By.cssSelector("[data-testid=awarded-total]")));
		BigDecimal requested = this.jdbc.queryForObject(
				"select requested_total from review_case where application_id = ?", BigDecimal.class, application.id());
		assertThat(awarded).isPositive().isLessThan(requested);
		this.browser.type(By.id("reason"), this.agency.reason()).follow(By.cssSelector("button[value=confirm]"));
		assertThat(this.browser.text(By.cssSelector("[data-testid=stage]")))
			.isEqualTo(this.language.text("review.stage.APPROVED"));
		this.browser.page("application-decided");
	}

	void seeTheDecision(Submitter.Submitted application, String expert) {
		signIn(application.coordinator(), "/coordinator");
		this.browser.follow(By.cssSelector("[data-testid=outcome]"));
		this.browser.page("outcome");
		assertThat(this.browser.text(By.cssSelector("[data-testid=outcome]")))
			.contains(this.language.text("review.coordinatorOutcome.APPROVED", application.reference()));
		// the assessor's comments as they wrote them, numbered, never named
		assertThat(this.browser.bodyText()).contains(this.agency.reason())
			.contains(this.language.text("review.outcome.assessor", 1))
			.contains(this.agency.comments())
			.doesNotContain(name(expert));
	}

	private String name(String username) {
		return this.jdbc.queryForObject("select display_name from app_user where username = ?", String.class, username);
	}

	/**
	 * Names on the agency's pages are no English left there: the assessors' (the
	 * application's list to assign from) and the schools' (the ranking), also those of
	 * other tests.
	 */
	private void ownTheAgencysNames() {
		this.browser
			.own(this.jdbc.queryForList("select display_name from app_user where agency_code = ?", String.class,
					this.agency.code())
				.toArray(String[]::new))
			.own(this.jdbc
				.queryForList("select legal_name from organisation where country = ?", String.class,
						this.agency.country())
				.toArray(String[]::new));
	}

	/**
	 * The agency and what its people type: the country of its schools and its code, where
	 * the school's job shadowings go, the names of the school, its coordinator, the
	 * officer and the assessor ({@code null}: the test's), the round's budget as typed
	 * and as the ranking shows it, the assessor's three comments and the reason of the
	 * decision.
	 */
	record Agency(String country, String code, String destination, String school, String coordinator, String officer,
			String expert, String budget, String budgetShown, List<String> comments, String reason) {
	}

}
