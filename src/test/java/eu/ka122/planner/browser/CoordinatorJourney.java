package eu.ka122.planner.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Pattern;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.support.TestAccounts;
import eu.ka122.planner.support.TestClockConfiguration.MutableClock;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 1 of the browser tests: a coordinator signs in, reads the guide, starts an
 * application, fills every section, adds a group mobility, a job shadowing (distance from
 * the city search) and a course, sees the budget change, fixes the error that blocks
 * submission, checks the answers, submits and downloads the PDF. Keyboard only: every
 * step is reached with Tab and done with Enter, Space, arrows or typing. With JavaScript
 * the live preview, the city suggestions and the focus on the error summary are checked
 * as well; without it, the same journey must work on plain forms.
 */
final class CoordinatorJourney {

	private static final Pattern REFERENCE = Pattern.compile("2027-1-ES01-KA122-SCH-\\d{9}");

	private final Browser browser;

	private final boolean javascript;

	private String applicationPath;

	CoordinatorJourney(Browser browser) {
		this.browser = browser;
		this.javascript = browser.javascript();
	}

	static void run(Browser browser, TestAccounts accounts, MutableClock clock) throws Exception {
		clock.set(Instant.parse("2026-11-25T10:00:00Z"));
		CoordinatorJourney journey = new CoordinatorJourney(browser);
		journey.signIn(accounts.user(Role.COORDINATOR, "ES"));
		journey.readTheGuide();
		journey.startAnApplication();
		journey.fillTheContext();
		journey.fillTheDescription();
		journey.fillTheFollowUp();
		journey.addAGroupMobilityAndSeeTheBudgetChange();
		journey.addAJobShadowingWithACitySearchDistance();
		journey.addACourse();
		journey.seeTheBudget();
		journey.findTheErrorThatBlocksSubmissionAndFixIt();
		journey.submitAfterAFailedTry();
		journey.downloadThePdf();
	}

	void signIn(String username) {
		this.browser.open("/login").page("sign-in");
		this.browser.type(By.id("username"), username)
			.type(By.id("password"), TestAccounts.PASSWORD)
			.follow(By.cssSelector("main form button[type=submit]"));
		assertThat(this.browser.path()).isEqualTo("/coordinator");
		this.browser.page("dashboard-empty");
	}

	void readTheGuide() {
		this.browser.follow(By.cssSelector("header a[href='/guide']"));
		this.browser.page("guide");
		assertThat(this.browser.bodyText()).contains("KA1").contains("KA2");
		this.browser.choose(By.id("aim"))
			.choose(By.id("partnersReady"))
			.choose(By.id("managedProjectBefore-false"))
			.choose(By.id("accredited-false"))
			.choose(By.id("moreThan30Participants"))
			.choose(By.id("frequency"))
			.choose(By.id("threeRecentGrants-false"))
			.follow(By.cssSelector("form#guide button[type=submit]"));
		WebElement result = this.browser.find(By.id("result"));
		assertThat(result.getAttribute("data-recommendation")).isEqualTo("SHORT_TERM_PROJECT");
		if (this.javascript) {
			assertThat(this.browser.focused()).as("focus on the recommendation").isEqualTo(result);
		}
		this.browser.page("guide-advice");
		this.browser.follow(By.cssSelector("#result a[href='/coordinator']"));
		assertThat(this.browser.path()).isEqualTo("/coordinator");
	}

	void startAnApplication() {
		// other tests publish rate tables of far-off call years in the shared database
		this.browser.choose(By.id("call-2027-1"));
		this.browser.follow(By.cssSelector("form[action='/coordinator/applications'] button[type=submit]"));
		this.applicationPath = this.browser.path();
		assertThat(this.applicationPath).matches("/coordinator/applications/\\d+");
		this.browser.page("task-list");
		assertThat(this.browser.text(By.cssSelector("[data-testid=findings]"))).contains("APP-MOBILITY-REQUIRED");
	}

	void fillTheContext() {
		openSection("context");
		this.browser.type(By.id("projectStart"), "2027-09-01")
			.type(By.id("durationMonths"), "12")
			.select(By.id("language"), "es");
		save();
	}

	void fillTheDescription() {
		openSection("description");
		this.browser.type(By.id("title"), "Inclusive schools, open classrooms")
			.type(By.id("background"), "Our school wants to learn inclusive methods from schools abroad.")
			.type(By.id("objectives-0"), "Learn inclusive teaching")
			.follow(By.cssSelector("button[name=addObjective]"));
		// adding a row keeps what was typed
		assertThat(this.browser.find(By.id("title")).getDomProperty("value"))
			.isEqualTo("Inclusive schools, open classrooms");
		this.browser.page("description-two-objectives");
		this.browser.type(By.id("objectives-1"), "Open our classrooms to pupils from abroad");
		// Enter in a text field saves the section (the form's default button), it does
		// not remove a row
		this.browser.pressForNewPage(Keys.ENTER);
		assertSaved();
		openSection("description");
		assertThat(this.browser.find(By.id("objectives-1")).getDomProperty("value"))
			.isEqualTo("Open our classrooms to pupils from abroad");
		backToTasks();
	}

	void fillTheFollowUp() {
		openSection("follow-up");
		this.browser.type(By.id("integration"), "Staff share what they learnt in monthly workshops.")
			.type(By.id("evaluation"), "Surveys before and after each activity.")
			.type(By.id("dissemination"), "School website and the regional teachers' network.")
			.type(By.id("visibility"), "EU emblem on every publication.")
			.check(By.id("inclusion"), true)
			.check(By.id("digital"), true);
		save();
	}

	void addAGroupMobilityAndSeeTheBudgetChange() {
		openSection("activities");
		this.browser.follow(By.cssSelector("main a[href$='/activities/new']"));
		this.browser.page("activity-new");
		this.browser.select(By.id("activity-type"), "GROUP_PUPIL_MOBILITY")
			.select(By.id("activity-destinationCountry"), "FR")
			.type(By.id("activity-distanceKm"), "1050")
			.type(By.id("activity-participants"), "10")
			.type(By.id("activity-durationDays"), "5")
			.type(By.id("activity-travelDays"), "2");
		String before = null;
		if (this.javascript) {
			before = previewTotal();
			assertThat(this.browser.findAll(By.cssSelector("#activity-preview [data-rule=ACT-GROUP-ACCOMPANIED]")))
				.as("the preview names the missing accompanying persons")
				.isNotEmpty();
		}
		this.browser.type(By.id("activity-participants"), "12");
		if (this.javascript) {
			String first = before;
			String after = this.browser.waitUntil((d) -> {
				String total = previewTotal();
				return total.equals(first) ? null : total;
			});
			assertThat(after).as("live total after adding two pupils").isNotEqualTo(before);
			this.browser.page("activity-group-preview");
		}
		checkFirstObjective();
		saveActivity();
		assertThat(this.browser.text(By.id("activity-0"))).contains("Group mobility").contains("12");
	}

	void addAJobShadowingWithACitySearchDistance() {
		this.browser.follow(By.cssSelector("main a[href$='/activities/new']"));
		this.browser.select(By.id("activity-type"), "JOB_SHADOWING").select(By.id("activity-destinationCountry"), "IT");
		if (this.javascript) {
			this.browser.type(By.id("activity-originCity"), "Sevil");
			this.browser
				.waitUntil((d) -> !d.findElements(By.cssSelector("#city-options option[value='Sevilla']")).isEmpty());
			this.browser.press("la");
		}
		else {
			this.browser.type(By.id("activity-originCity"), "Sevilla");
		}
		this.browser.type(By.id("activity-destinationCity"), "Bologna")
			.type(By.id("activity-participants"), "2")
			.type(By.id("activity-durationDays"), "10")
			.type(By.id("activity-travelDays"), "2");
		if (this.javascript) {
			this.browser.waitUntil((d) -> this.browser.text(By.id("activity-preview")).contains("km"));
			this.browser.page("activity-city-distance");
		}
		checkFirstObjective();
		saveActivity();
		// the distance Sevilla–Bologna was computed from the gazetteer
		assertThat(this.browser.text(By.id("activity-1"))).contains("Job shadowing").containsPattern("1[,.]?[0-9]{3}");
	}

	void addACourse() {
		this.browser.follow(By.cssSelector("main a[href$='/activities/new']"));
		this.browser.select(By.id("activity-type"), "COURSE")
			.select(By.id("activity-destinationCountry"), "FI")
			.type(By.id("activity-distanceKm"), "2950")
			.type(By.id("activity-participants"), "2")
			.type(By.id("activity-durationDays"), "5")
			.type(By.id("activity-travelDays"), "2")
			.type(By.id("activity-courseTitle"), "Co-teaching in inclusive classrooms");
		checkFirstObjective();
		saveActivity();
		assertThat(this.browser.findAll(By.cssSelector("[data-activity]"))).hasSize(3);
		this.browser.page("activities-three");
	}

	void seeTheBudget() {
		backToTasks();
		openSection("budget");
		assertThat(this.browser.bodyText()).contains("EUR");
	}

	void findTheErrorThatBlocksSubmissionAndFixIt() {
		backToTasks();
		this.browser.follow(By.cssSelector("li[data-section=check] a"));
		this.browser.page("check-blocked");
		WebElement submit = this.browser.find(By.cssSelector("form[action$='/submit'] button[type=submit]"));
		assertThat(submit.isEnabled()).as("submit blocked by an error").isFalse();
		assertThat(this.browser.text(By.id("submit-blocked"))).isNotBlank();
		// the finding links to the activity that has the error
		this.browser.follow(By.cssSelector("li[data-rule=ACT-GROUP-ACCOMPANIED] a[href*='/activities#activity-0']"));
		assertThat(this.browser.path()).endsWith("/activities");
		this.browser.follow(By.cssSelector("#activity-0 a[href*='/activities/']"));
		this.browser.type(By.id("activity-accompanyingPersons"), "2");
		saveActivity();
		assertThat(this.browser.findAll(By.cssSelector("#activity-0 [data-rule=ACT-GROUP-ACCOMPANIED]"))).isEmpty();
	}

	void submitAfterAFailedTry() throws Exception {
		backToTasks();
		this.browser.follow(By.cssSelector("li[data-section=check] a"));
		this.browser.page("check");
		assertThat(this.browser.text(By.cssSelector("[data-testid=answers]")))
			.contains("Inclusive schools, open classrooms")
			.contains("Open our classrooms to pupils from abroad");
		// no name and no declaration: refused, and the error summary says why
		this.browser.follow(By.cssSelector("form[action$='/submit'] button[type=submit]"));
		WebElement summary = this.browser.find(By.cssSelector(".error-summary"));
		if (this.javascript) {
			assertThat(this.browser.focused()).as("focus moves to the error summary").isEqualTo(summary);
		}
		assertThat(summary.findElements(By.tagName("a"))).hasSize(2);
		this.browser.page("check-errors");
		// the summary's first link leads to the field
		this.browser.activate(By.cssSelector(".error-summary a[href='#legalRepresentative']"));
		this.browser.type(By.id("legalRepresentative"), "Ana García")
			.check(By.id("declarationAccepted"), true)
			.follow(By.cssSelector("form[action$='/submit'] button[type=submit]"));
		assertThat(this.browser.path()).isEqualTo(this.applicationPath + "/submitted");
		assertThat(this.browser.text(By.cssSelector("[data-testid=reference]"))).matches(REFERENCE);
		this.browser.page("submitted");
	}

	void downloadThePdf() throws Exception {
		this.browser.activate(By.cssSelector("main a[href$='/submission.pdf']"));
		Path pdf = this.browser.downloaded(".pdf");
		byte[] head = new byte[5];
		try (var in = Files.newInputStream(pdf)) {
			assertThat(in.read(head)).isEqualTo(5);
		}
		assertThat(new String(head, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

	// ---------------------------------------------------------------- helpers

	private void openSection(String section) {
		if (!this.browser.path().equals(this.applicationPath)) {
			backToTasks();
		}
		this.browser.follow(By.cssSelector("li[data-section='" + section + "'] a"));
		assertThat(this.browser.path()).isEqualTo(this.applicationPath + "/" + section);
		this.browser.page(section);
	}

	private void backToTasks() {
		this.browser.follow(By.cssSelector("main a[href='" + this.applicationPath + "']"));
		assertThat(this.browser.path()).isEqualTo(this.applicationPath);
	}

	private void save() {
		this.browser.follow(By.cssSelector("main form button[type=submit].btn-primary"));
		assertSaved();
	}

	private void assertSaved() {
		assertThat(this.browser.path()).isEqualTo(this.applicationPath);
		assertThat(this.browser.findAll(By.cssSelector("[data-testid=saved]"))).as("saved message").isNotEmpty();
	}

	private void checkFirstObjective() {
		WebElement first = this.browser.find(By.cssSelector("input[name=objectiveIds]"));
		this.browser.check(By.id(first.getAttribute("id")), true);
	}

	private void saveActivity() {
		this.browser.follow(By.cssSelector("main form button[type=submit].btn-primary"));
		assertThat(this.browser.path()).as("saved activity").isEqualTo(this.applicationPath + "/activities");
	}

	private String previewTotal() {
		return this.browser.waitUntil((d) -> {
			var totals = d.findElements(By.cssSelector("#activity-preview p.fw-bold"));
			return totals.isEmpty() ? null : totals.get(0).getText();
		});
	}

}
