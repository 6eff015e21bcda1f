package eu.ka122.planner.browser;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
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
 * <p>
 * The journey runs in the language of the browser's pages: what it expects to read comes
 * from the app's bundles in that language, what the coordinator types (texts, names,
 * cities, numbers) from the {@link School}, and every key page must be in that language.
 */
final class CoordinatorJourney {

	/**
	 * A Spanish school's coordinator who writes in English and types numbers as plain
	 * digits.
	 */
	static final School SPANISH_SCHOOL_IN_ENGLISH = new School("ES", "ES01", null, null, "es",
			"Inclusive schools, open classrooms", "Our school wants to learn inclusive methods from schools abroad.",
			"Learn inclusive teaching", "Open our classrooms to pupils from abroad",
			List.of("Staff share what they learnt in monthly workshops.", "Surveys before and after each activity.",
					"School website and the regional teachers' network.", "EU emblem on every publication."),
			"1050", "1,050 km", "1.050 km", "Sevil", "Sevilla", "IT", "Bologna", "2950",
			"Co-teaching in inclusive classrooms", "Ana García");

	/**
	 * A Polish school's coordinator who writes in Polish, with Greek and Cyrillic in
	 * places, and types a distance as Polish writes it (a space between thousands, a
	 * decimal comma).
	 */
	static final School POLISH_SCHOOL_IN_POLISH = new School("PL", "PL01", "Zespół Szkół nr 3 w Łodzi",
			"Małgorzata Żółkiewska", "pl", "Otwarte klasy: uczymy się razem (Ελληνικά, Кирилица)",
			"Zespół Szkół nr 3 w Łodzi chce poznać metody nauczania włączającego w szkołach za granicą. "
					+ "Zażółć gęślą jaźń!",
			"Poznać nauczanie włączające", "Otworzyć nasze klasy dla uczniów z Grecji (Ελλάδα) i Ukrainy (Україна)",
			List.of("Nauczyciele dzielą się tym, czego się nauczyli, na comiesięcznych warsztatach.",
					"Ankiety przed każdym działaniem i po nim.",
					"Strona internetowa szkoły i regionalna sieć nauczycieli.", "Emblemat UE na każdej publikacji."),
			"1 365,28", "1 365,28 km", "1 365,28 km", "Łód", "Łódź", "EL", "Thessaloníki", "2 950",
			"Nauczanie zespołowe w klasach włączających", "Bożena Wójcik-Łęcka");

	private final Browser browser;

	private final boolean javascript;

	private final PageLanguage language;

	private final School school;

	private String applicationPath;

	CoordinatorJourney(Browser browser, PageLanguage language, School school) {
		this.browser = browser;
		this.javascript = browser.javascript();
		this.language = language;
		this.school = school;
	}

	static void run(Browser browser, TestAccounts accounts, MutableClock clock, PageLanguage language, School school)
			throws Exception {
		clock.set(Instant.parse("2026-11-25T10:00:00Z"));
		CoordinatorJourney journey = new CoordinatorJourney(browser, language, school);
		String coordinator = accounts.user(Role.COORDINATOR, school.country());
		if (school.name() != null) {
			accounts.nameOrganisationOf(coordinator, school.name());
			accounts.name(coordinator, school.coordinator());
			browser.own(school.name(), school.coordinator());
		}
		browser.expectPagesIn(language);
		journey.signIn(coordinator);
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
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo(this.language.text("login.title"));
		assertThat(this.browser.text(By.cssSelector("main form button[type=submit]")))
			.isEqualTo(this.language.text("login.submit"));
		this.browser.type(By.id("username"), username)
			.type(By.id("password"), TestAccounts.PASSWORD)
			.follow(By.cssSelector("main form button[type=submit]"));
		assertThat(this.browser.path()).isEqualTo("/coordinator");
		this.browser.page("dashboard-empty");
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo(this.language.text("drafting.dashboard.title"));
		if (this.school.name() != null) {
			assertThat(this.browser.text(By.cssSelector("[data-testid=signed-in-user]")))
				.startsWith(this.school.coordinator());
		}
	}

	void readTheGuide() {
		this.browser.follow(By.cssSelector("header a[href='/guide']"));
		this.browser.page("guide");
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo(this.language.text("guide.title"));
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
			.select(By.id("language"), this.school.language());
		save();
	}

	void fillTheDescription() {
		openSection("description");
		this.browser.type(By.id("title"), this.school.title())
			.type(By.id("background"), this.school.background())
			.type(By.id("objectives-0"), this.school.firstObjective())
			.follow(By.cssSelector("button[name=addObjective]"));
		// adding a row keeps what was typed
		assertThat(this.browser.find(By.id("title")).getDomProperty("value")).isEqualTo(this.school.title());
		this.browser.page("description-two-objectives");
		this.browser.type(By.id("objectives-1"), this.school.secondObjective());
		// Enter in a text field saves the section (the form's default button), it does
		// not remove a row
		this.browser.pressForNewPage(Keys.ENTER);
		assertSaved();
		assertThat(this.browser.text(By.tagName("h1"))).as("the task list is headed by the title")
			.isEqualTo(this.school.title());
		openSection("description");
		assertThat(this.browser.find(By.id("title")).getDomProperty("value")).isEqualTo(this.school.title());
		assertThat(this.browser.find(By.id("background")).getDomProperty("value")).isEqualTo(this.school.background());
		assertThat(this.browser.find(By.id("objectives-0")).getDomProperty("value"))
			.isEqualTo(this.school.firstObjective());
		assertThat(this.browser.find(By.id("objectives-1")).getDomProperty("value"))
			.isEqualTo(this.school.secondObjective());
		backToTasks();
	}

	void fillTheFollowUp() {
		openSection("follow-up");
		List<String> followUp = this.school.followUp();
		this.browser.type(By.id("integration"), followUp.get(0))
			.type(By.id("evaluation"), followUp.get(1))
			.type(By.id("dissemination"), followUp.get(2))
			.type(By.id("visibility"), followUp.get(3))
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
			.type(By.id("activity-distanceKm"), this.school.groupDistance())
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
		assertThat(this.browser.text(By.cssSelector("#activity-0 h2")))
			.contains(this.language.text("activityType.GROUP_PUPIL_MOBILITY"));
		// the distance as typed, read in the page's language and written back as it
		// writes it
		assertThat(this.browser.text(By.cssSelector("#activity-0 p")))
			.isEqualTo(this.language.text("drafting.activities.summary", 12, 5, 2,
					this.language.read(this.school.groupDistance())))
			.endsWith(this.school.groupDistanceShown());
	}

	void addAJobShadowingWithACitySearchDistance() {
		this.browser.follow(By.cssSelector("main a[href$='/activities/new']"));
		this.browser.select(By.id("activity-type"), "JOB_SHADOWING")
			.select(By.id("activity-destinationCountry"), this.school.jobCountry());
		String origin = this.school.origin();
		if (this.javascript) {
			this.browser.type(By.id("activity-originCity"), this.school.originTyped());
			this.browser.waitUntil(
					(d) -> !d.findElements(By.cssSelector("#city-options option[value='" + origin + "']")).isEmpty());
			this.browser.press(origin.substring(this.school.originTyped().length()));
			this.browser.own(origin);
		}
		else {
			this.browser.type(By.id("activity-originCity"), origin);
		}
		this.browser.type(By.id("activity-destinationCity"), this.school.jobCity())
			.type(By.id("activity-participants"), "2")
			.type(By.id("activity-durationDays"), "10")
			.type(By.id("activity-travelDays"), "2");
		if (this.javascript) {
			this.browser.waitUntil((d) -> this.browser.text(By.id("activity-preview")).contains("km"));
			this.browser.page("activity-city-distance");
		}
		checkFirstObjective();
		saveActivity();
		assertThat(this.browser.text(By.cssSelector("#activity-1 h2")))
			.contains(this.language.text("activityType.JOB_SHADOWING"));
		// the distance between the two cities was computed from the gazetteer, and is
		// written with the language's thousands separator
		String summary = this.browser.text(By.cssSelector("#activity-1 p"));
		Matcher km = Pattern.compile("(?<![\\d\\p{L}])(" + this.language.numberPattern() + ") km").matcher(summary);
		assertThat(km.find()).as("a distance written in %s in \"%s\"", this.language.tag(), summary).isTrue();
		assertThat(this.language.read(km.group(1))).isBetween(new BigDecimal("1000"), new BigDecimal("3000"));
	}

	void addACourse() {
		this.browser.follow(By.cssSelector("main a[href$='/activities/new']"));
		this.browser.select(By.id("activity-type"), "COURSE")
			.select(By.id("activity-destinationCountry"), "FI")
			.type(By.id("activity-distanceKm"), this.school.courseDistance())
			.type(By.id("activity-participants"), "2")
			.type(By.id("activity-durationDays"), "5")
			.type(By.id("activity-travelDays"), "2")
			.type(By.id("activity-courseTitle"), this.school.courseTitle());
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
		// the stored distance comes back into its field as the language reads it, so
		// that saving the activity again keeps it
		String distance = this.browser.find(By.id("activity-distanceKm")).getDomProperty("value");
		assertThat(this.language.read(distance)).isEqualByComparingTo(this.language.read(this.school.groupDistance()));
		this.browser.type(By.id("activity-accompanyingPersons"), "2");
		saveActivity();
		assertThat(this.browser.findAll(By.cssSelector("#activity-0 [data-rule=ACT-GROUP-ACCOMPANIED]"))).isEmpty();
	}

	void submitAfterAFailedTry() throws Exception {
		backToTasks();
		this.browser.follow(By.cssSelector("li[data-section=check] a"));
		this.browser.page("check");
		assertThat(this.browser.text(By.cssSelector("[data-testid=answers]"))).contains(this.school.title())
			.contains(this.school.firstObjective())
			.contains(this.school.secondObjective())
			.contains(this.school.followUp().get(0));
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
		this.browser.type(By.id("legalRepresentative"), this.school.legalRepresentative())
			.check(By.id("declarationAccepted"), true)
			.follow(By.cssSelector("form[action$='/submit'] button[type=submit]"));
		assertThat(this.browser.path()).isEqualTo(this.applicationPath + "/submitted");
		assertThat(this.browser.text(By.cssSelector("[data-testid=reference]")))
			.matches("2027-1-" + this.school.agency() + "-KA122-SCH-\\d{9}");
		this.browser.page("submitted");
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo(this.language.text("drafting.submitted.title"));
	}

	void downloadThePdf() throws Exception {
		this.browser.activate(By.cssSelector("main a[href$='/submission.pdf']"));
		Path pdf = this.browser.downloaded(".pdf");
		byte[] head = new byte[5];
		try (var in = Files.newInputStream(pdf)) {
			assertThat(in.read(head)).isEqualTo(5);
		}
		assertThat(new String(head, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		// printed in the application's language, with every letter as typed, and the
		// budget lines in that language too (no English "12 participants × 100 EUR")
		assertThat(pdfText(pdf)).contains(this.school.title())
			.contains(this.school.secondObjective())
			.contains(this.school.legalRepresentative())
			.contains(this.school.groupDistanceInPdf())
			.doesNotContain("participants ×");
	}

	// ---------------------------------------------------------------- helpers

	private void openSection(String section) {
		if (!this.browser.path().equals(this.applicationPath)) {
			backToTasks();
		}
		this.browser.follow(By.cssSelector("li[data-section='" + section + "'] a"));
		assertThat(this.browser.path()).isEqualTo(this.applicationPath + "/" + section);
		this.browser.page(section);
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo(this.language.text("drafting.section." + section));
	}

	private void backToTasks() {
		this.browser.follow(By.cssSelector("main a[href='" + this.applicationPath + "']"));
		assertThat(this.browser.path()).isEqualTo(this.applicationPath);
	}

	private void save() {
		assertThat(this.browser.text(By.cssSelector("main form button[type=submit].btn-primary")))
			.isEqualTo(this.language.text("drafting.save"));
		this.browser.follow(By.cssSelector("main form button[type=submit].btn-primary"));
		assertSaved();
	}

	private void assertSaved() {
		assertThat(this.browser.path()).isEqualTo(this.applicationPath);
		assertThat(this.browser.findAll(By.cssSelector("[data-testid=saved]"))).as("saved message")
			.singleElement()
			.extracting(WebElement::getText)
			.isEqualTo(this.language.text("drafting.saved"));
	}

	private void checkFirstObjective() {
		WebElement first = this.browser.find(By.cssSelector("input[name=objectiveIds]"));
		this.browser.check(By.id(first.getAttribute("id")), true);
	}

	private void saveActivity() {
		this.browser.follow(By.cssSelector("main form button[type=submit].btn-primary"));
		assertThat(this.browser.path()).as("saved activity").isEqualTo(this.applicationPath + "/activities");
	}

	/** The PDF's text, its lines joined by spaces (a long title may be wrapped). */
	private static String pdfText(Path pdf) throws IOException {
		PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
		try {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			List<String> pages = new ArrayList<>();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				pages.add(extractor.getTextFromPage(page));
			}
			return PageLanguage.spaces(String.join(" ", pages)).replaceAll("\\s+", " ");
		}
		finally {
			reader.close();
		}
	}

	private String previewTotal() {
		return this.browser.waitUntil((d) -> {
			var totals = d.findElements(By.cssSelector("#activity-preview p.fw-bold"));
			return totals.isEmpty() ? null : totals.get(0).getText();
		});
	}

	/**
	 * Who the coordinator is and what they type: their school's country and agency, the
	 * school's and their own name ({@code null}: the test's), the application's language,
	 * the texts of the sections, a group mobility's distance as typed, as the activity
	 * list shows it and as the PDF (in the application's language) prints it, the start
	 * of the origin city typed before the suggestion appears, a job shadowing's
	 * destination, a course's distance and title, and the legal representative's name.
	 */
	record School(String country, String agency, String name, String coordinator, String language, String title,
			String background, String firstObjective, String secondObjective, List<String> followUp,
			String groupDistance, String groupDistanceShown, String groupDistanceInPdf, String originTyped,
			String origin, String jobCountry, String jobCity, String courseDistance, String courseTitle,
			String legalRepresentative) {
	}

}
