package eu.ka122.planner.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.notifications.CapturedMail;
import eu.ka122.planner.notifications.SentMail;
import eu.ka122.planner.shared.LocalNumbers;
import eu.ka122.planner.support.FormClient;
import eu.ka122.planner.support.Submitter;
import eu.ka122.planner.support.TestAccounts;
import eu.ka122.planner.support.TestClockConfiguration;
import eu.ka122.planner.support.TestClockConfiguration.MutableClock;
import eu.ka122.planner.support.TestDatabase;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: what a person types into a form is what the app keeps and gives back, letter
 * for letter. One text of Latin letters with every kind of diacritic, Greek, Cyrillic
 * (Russian and Serbian), Turkish dotted and dotless i, the euro sign and an emoji is
 * typed into every free-text field of every form of the application ({@link #FORMS}),
 * posted over real HTTP as browsers post it ({@code application/x-www-form-urlencoded}
 * without a charset, see {@link FormClient}), and must come back identical in the stored
 * value (read with JDBC), the page that shows it again (HTML-unescaped), and where it
 * reaches them the officers' CSV and XLSX export, the mails and the submitted
 * application's PDF (whose font has no emoji: it prints "?" for it, and every other
 * letter as typed).
 *
 * <p>
 * One journey, because the text travels: the administrator creates the school (its name
 * goes into the export and the PDF), invites its coordinator and an expert (their names
 * go into the mails), the coordinator sets a password on the password page and signs in
 * with it, writes and submits the application, the agency assigns the expert, who scores
 * it, and decides. Each field's text ends in a marker of its own ({@code #title}), so
 * that a page or a PDF with several of them is read field by field and a garbled value is
 * still found by its marker and shown in the failure. Every mismatch is collected and
 * reported together. Slovakia's school and agency (SK01) and a new agency MT09 are used
 * by no other test; call 2027, round 1, as the other review tests. The same configuration
 * as the browser tests, so the server is shared with them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "ka122.demo.enabled=false", "ka122.embedded-db.enabled=false" })
@Import({ TestDatabase.class, TestClockConfiguration.class, TestAccounts.class, Submitter.class })
class FormRoundTripTests {

	/** What is typed: cut to a field's limit where it has one. */
	static final String TYPED = "Educación – perché ñ é ò ł ß ő ș Zażółć Ελληνικά Кирилица Љубљана İı ğ € 🎒";

	/** Names of people are typed as names. */
	static final String COORDINATOR_NAME = "Nicolò Rossi-Łukasiewicz";

	static final String EXPERT_NAME = "Ľudmila Šťastná-Παπαδοπούλου";

	static final String OFFICER_NAME = "Zoë Ğüneş-Ђорђевић";

	static final String LEGAL_REPRESENTATIVE = "Đorđe Kovačević-Öztürk";

	/**
	 * The password is all of {@link #TYPED} (more than the 72 bytes BCrypt read: Argon2id
	 * reads every byte).
	 */
	static final String PASSWORD = TYPED;

	/** Longer than the 256 letters a password may have. */
	static final String TOO_LONG_PASSWORD = TYPED.repeat(4);

	/**
	 * A budget as Polish writes it, with narrow no-break spaces between the thousands.
	 */
	static final String BUDGET = "1\u202F500\u202F000,50";

	static final String AGENCY = "SK01";

	/** An agency of this test's own, created through the form. */
	static final String OWN_AGENCY = "MT09";

	/**
	 * Every form the application posts, by route, and its free-text fields: what a person
	 * writes in their own words. A form without any says what it sends instead. A new
	 * POST route fails {@link #everyPostFormOfTheAppIsListed()} until it has its row
	 * here, and a new free-text field fails the journey until the journey types into it.
	 */
	static final Map<String, Form> FORMS = forms(
	// @formatter:off
			"POST /login", text("password"),
			"POST /logout", none("the CSRF token only"),
			"POST /account/password", text("password", "confirmation"),
			"POST /coordinator/applications", none("the call round, chosen from a list"),
			"POST /coordinator/applications/{id}/context", none("a date, a number of months, a language from a list"),
			"POST /coordinator/applications/{id}/description", text("title", "background", "objectives[]"),
			"POST /coordinator/applications/{id}/activities", text("activity.originCity", "activity.destinationCity",
					"activity.hostingOrganisation", "activity.courseTitle", "activity.shortDurationJustification"),
			"POST /coordinator/applications/{id}/activities/{activityId}", text("activity.originCity",
					"activity.destinationCity", "activity.hostingOrganisation", "activity.courseTitle",
					"activity.shortDurationJustification"),
			"POST /coordinator/applications/{id}/activities/preview",
					text("activity.originCity", "activity.destinationCity"),
			"POST /coordinator/applications/{id}/activities/{activityId}/preview",
					text("activity.originCity", "activity.destinationCity"),
			"POST /coordinator/applications/{id}/activities/{activityId}/duplicate", none("the version"),
			"POST /coordinator/applications/{id}/activities/{activityId}/delete", none("the version"),
			"POST /coordinator/applications/{id}/follow-up",
					text("integration", "evaluation", "dissemination", "visibility", "etwinning"),
			"POST /coordinator/applications/{id}/submit", text("legalRepresentative"),
			"POST /coordinator/applications/{id}/withdraw", none("the CSRF token only"),
			"POST /agency/applications/{id}/assessors", none("an assessor chosen from a list"),
			"POST /agency/applications/{id}/assessors/{assignmentId}/remove", none("the CSRF token only"),
			"POST /agency/assignments/{id}/declaration", none("yes or no"),
			"POST /agency/assignments/{id}/assessment",
					text("relevanceComment", "projectDesignComment", "followUpComment"),
			"POST /agency/applications/{id}/decision", text("reason"),
			"POST /agency/ranking/budget", text("budget"),
			"POST /agency/organisations/{organisationId}/grants", text("note"),
			"POST /agency/rates/{year}", none("amounts"),
			"POST /admin/users", text("displayName", "email"),
			"POST /admin/users/{id}", none("a role, an OID or an agency code"),
			"POST /admin/users/{id}/disable", none("the CSRF token only"),
			"POST /admin/users/{id}/enable", none("the CSRF token only"),
			"POST /admin/users/{id}/reset-password", none("the CSRF token only"),
			"POST /admin/organisations", text("legalName"),
			"POST /admin/organisations/{id}", text("legalName"),
			"POST /admin/organisations/{id}/grants", text("grantNote"),
			"POST /admin/organisations/{id}/merge", none("an OID"),
			"POST /admin/agencies", text("name", "contactEmail"),
			"POST /admin/agencies/{code}", text("name", "contactEmail"),
			"POST /admin/calls/{year}", none("dates and times from date pickers, agencies from a list"),
			"POST /admin/rates/{year}/draft", none("amounts"),
			"POST /admin/rates/{year}/draft/start", none("the CSRF token only"),
			"POST /admin/rates/{year}/draft/import", none("a JSON file (multipart)"),
			"POST /admin/rates/{year}/publish", none("the lock version"),
			"POST /admin/rates/{year}/discard", none("the lock version"),
			"POST /admin/rates/next-year", none("the CSRF token only"),
			"POST /api/v1/estimates", none("JSON, not a form (EstimateApiContractTests)"),
			"ANY /api/v1/estimates", none("any other method: refused"));
	// @formatter:on

	/** Routes Spring Security's filters answer, not a controller. */
	static final Set<String> FILTER_ROUTES = Set.of("POST /login", "POST /logout");

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

	private static final Pattern LINK = Pattern.compile("/account/password\\?token=[A-Za-z0-9_-]+");

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final SoftAssertions softly = new SoftAssertions();

	/** What was checked of each form's field: "route field" to the places checked. */
	private final Map<String, Set<String>> checked = new TreeMap<>();

	@BeforeEach
	void beforeTheDeadline() {
		this.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void everyPostFormOfTheAppIsListed() {
		Set<String> routes = new TreeSet<>(FILTER_ROUTES);
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty() && !pattern.equals("/error")) {
					routes.add("ANY " + pattern);
				}
				if (methods.contains(RequestMethod.POST)) {
					routes.add("POST " + pattern);
				}
			}
		}
		Set<String> unlisted = new TreeSet<>(routes);
		unlisted.removeAll(FORMS.keySet());
		assertThat(unlisted)
			.as("POST routes without a row in FormRoundTripTests.FORMS: add each with its free-text "
					+ "fields, e.g. \"POST /agency/notes\", text(\"note\"), and type into them in the journey, or with "
					+ "none(\"what it sends instead\")")
			.isEmpty();
		Set<String> stale = new TreeSet<>(FORMS.keySet());
		stale.removeAll(routes);
		assertThat(stale).as("rows of FormRoundTripTests.FORMS for routes that no longer exist").isEmpty();
	}

	@Test
	void whatIsTypedIntoEveryFormIsWhatIsStoredShownExportedMailedAndPrinted() {
		try {
			journey();
		}
		catch (AssertionError | RuntimeException ex) {
			this.softly.fail("the journey stopped: " + ex.getMessage(), ex);
		}
		String summary = summary();
		System.out.println(summary);
		List<String> unchecked = new ArrayList<>();
		FORMS.forEach((route, form) -> form.fields()
			.stream()
			.map((field) -> route + " " + field)
			.filter((field) -> !this.checked.containsKey(field))
			.forEach(unchecked::add));
		this.softly.assertThat(unchecked).as("free-text fields the journey never typed into; %s", summary).isEmpty();
		this.softly.assertAll();
	}

	// ---------------------------------------------------------------- the journey

	private void journey() {
		FormClient admin = FormClient.signedIn(this.port, this.accounts.user(Role.ADMIN, null), TestAccounts.PASSWORD);
		long organisation = organisation(admin);
		agency(admin);
		long n = SEQUENCE.incrementAndGet();
		Invited coordinator = invite(admin, "roundtrip.coordinator." + n, COORDINATOR_NAME,
				"roundtrip.coordinator." + n + "@example.org", "COORDINATOR", "organisationOid", oid(organisation));
		Invited expert = invite(admin, "roundtrip.expert." + n, EXPERT_NAME, "roundtrip.expert." + n + "@example.org",
				"ASSESSOR", "agencyCode", AGENCY);
		String internationalAddress = "nicolò.łukasiewicz." + n + "@przykład.example";
		Invited officer = invite(admin, "roundtrip.officer." + n, OFFICER_NAME, internationalAddress, "NA_OFFICER",
				"agencyCode", AGENCY);
		stored("POST /admin/users", "email", internationalAddress, "select email from app_user where id = ?",
				officer.id());
		shown("POST /admin/users", "email", internationalAddress, admin, "/admin/users/" + officer.id());
		record("POST /admin/users", "email", "mail (the invitation's recipient)");
		this.softly.assertThat(SentMail.to(this.context, internationalAddress))
			.as("POST /admin/users email: the invitation is sent to %s", internationalAddress)
			.anySatisfy((mail) -> assertThat(mail.recipient()).isEqualTo(internationalAddress));

		FormClient school = setPasswordAndSignIn(coordinator);
		Application application = application(school, organisation);
		mail("POST /admin/users", "displayName", COORDINATOR_NAME, coordinator.email(), "the submission receipt");

		FormClient agency = FormClient.signedIn(this.port, this.accounts.user(Role.NA_OFFICER, AGENCY),
				TestAccounts.PASSWORD);
		exports(agency, application);
		pdf(agency, "/agency/applications/" + application.id() + "/submission.pdf", application, "the agency's PDF");
		redirected(agency.post("/agency/applications/" + application.id(),
				"/agency/applications/" + application.id() + "/assessors", "assessor", String.valueOf(expert.id())),
				"assigning the expert");
		shown("POST /admin/users", "displayName", EXPERT_NAME, agency, "/agency/applications/" + application.id());
		mail("POST /admin/users", "displayName", EXPERT_NAME, expert.email(), "the assignment");
		budget(agency);

		FormClient assessor = setPasswordAndSignIn(expert);
		assessment(assessor, application, expert);
		decision(agency, application);
		mail("POST /admin/users", "displayName", COORDINATOR_NAME, coordinator.email(), "the decision");
		grants(agency, organisation);

		String outcome = school.get("/coordinator/applications/" + application.id() + "/outcome").body();
		shownIn("POST /agency/applications/{id}/decision", "reason", typed("reason"), outcome, "the school's outcome");
		for (String comment : List.of("relevanceComment", "projectDesignComment", "followUpComment")) {
			shownIn("POST /agency/assignments/{id}/assessment", comment, typed(comment), outcome,
					"the school's outcome");
		}
	}

	/** The school, created and renamed by the administrator, and a grant it had. */
	private long organisation(FormClient admin) {
		String route = "POST /admin/organisations";
		String name = typed("legalName");
		HttpResponse<String> created = admin.post("/admin/organisations/new", "/admin/organisations", "oid", freeOid(),
				"legalName", name, "country", "SK", "type", "SCHOOL");
		redirected(created, "creating the school");
		long id = FormClient.idFrom(created);
		String page = "/admin/organisations/" + id;
		stored(route, "legalName", name, "select legal_name from organisation where id = ?", id);
		field(route, "legalName", name, admin, page);

		route = "POST /admin/organisations/{id}";
		String renamed = typed("legalName-renamed");
		redirected(admin.post(page, page, "oid", oid(id), "legalName", renamed, "country", "SK", "type", "SCHOOL",
				"version", FormClient.inputs(admin.get(page).body()).get("version")), "renaming the school");
		stored(route, "legalName", renamed, "select legal_name from organisation where id = ?", id);
		field(route, "legalName", renamed, admin, page);
		shown(route, "legalName", renamed, admin, "/admin/organisations?q=" + oid(id));

		route = "POST /admin/organisations/{id}/grants";
		String note = typed("grantNote");
		redirected(admin.post(page, page + "/grants", "grantYear", "2015", "grantRound", "1", "grantNote", note),
				"recording an earlier grant");
		stored(route, "grantNote", note,
				"select note from organisation_grant where organisation_id = ? and call_year = 2015", id);
		shownIn(route, "grantNote", note, admin.get(page).body(), page);
		return id;
	}

	/** An agency of the test's own, created and renamed. */
	private void agency(FormClient admin) {
		String route = "POST /admin/agencies";
		String name = typed("name");
		String address = "zażółć.ελληνικά." + SEQUENCE.incrementAndGet() + "@кирилица.example";
		redirected(admin.post("/admin/agencies", "/admin/agencies", "code", OWN_AGENCY, "country", "MT", "name", name,
				"contactEmail", address, "defaultLanguage", ""), "creating agency " + OWN_AGENCY);
		String page = "/admin/agencies/" + OWN_AGENCY;
		stored(route, "name", name, "select name from national_agency where code = ?", OWN_AGENCY);
		stored(route, "contactEmail", address, "select contact_email from national_agency where code = ?", OWN_AGENCY);
		field(route, "name", name, admin, page);
		field(route, "contactEmail", address, admin, page);

		route = "POST /admin/agencies/{code}";
		String renamed = typed("name-renamed");
		String readdressed = "educación.perché." + SEQUENCE.incrementAndGet() + "@љубљана.example";
		redirected(
				admin.post(page, page, "country", "MT", "name", renamed, "contactEmail", readdressed, "defaultLanguage",
						"", "version", FormClient.inputs(admin.get(page).body()).get("version")),
				"renaming agency " + OWN_AGENCY);
		stored(route, "name", renamed, "select name from national_agency where code = ?", OWN_AGENCY);
		stored(route, "contactEmail", readdressed, "select contact_email from national_agency where code = ?",
				OWN_AGENCY);
		field(route, "name", renamed, admin, page);
		field(route, "contactEmail", readdressed, admin, page);
		shown(route, "name", renamed, admin, "/admin/agencies");
		shown(route, "contactEmail", readdressed, admin, "/admin/agencies");
		// where the administrator opens round 2 for agencies, by name
		shownIn(route, "name", OWN_AGENCY + " – " + renamed, admin.get("/admin/calls/2027").body(),
				"/admin/calls/2027");
	}

	/** A user invited by the administrator, with the link to set a password. */
	private Invited invite(FormClient admin, String username, String name, String email, String role, String scopeField,
			String scope) {
		HttpResponse<String> invited = admin.post("/admin/users/new", "/admin/users", "username", username,
				"displayName", name, "email", email, "role", role, scopeField, scope);
		assertThat(invited.statusCode()).as("inviting %s: %s", username, gist(invited.body())).isEqualTo(200);
		Matcher link = LINK.matcher(invited.body());
		assertThat(link.find()).as("the invitation's link").isTrue();
		long id = this.jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
		stored("POST /admin/users", "displayName", name, "select display_name from app_user where id = ?", id);
		shown("POST /admin/users", "displayName", name, admin, "/admin/users/" + id);
		shown("POST /admin/users", "displayName", name, admin, "/admin/users?q=" + username);
		mail("POST /admin/users", "displayName", name, email, "the invitation");
		return new Invited(id, username, email, link.group());
	}

	/**
	 * The invited user's password, set through their link, first too long (refused with a
	 * reason, never a server error), then the whole typed text; then they sign in with
	 * it.
	 */
	private FormClient setPasswordAndSignIn(Invited user) {
		FormClient anonymous = new FormClient(this.port);
		String route = "POST /account/password";
		String token = user.link().substring(user.link().indexOf('=') + 1);
		HttpResponse<String> tooLong = anonymous.post(user.link(), "/account/password", "token", token, "password",
				TOO_LONG_PASSWORD, "confirmation", TOO_LONG_PASSWORD);
		record(route, "password", "refused with a reason when longer than 256 letters");
		int letters = TOO_LONG_PASSWORD.codePointCount(0, TOO_LONG_PASSWORD.length());
		this.softly.assertThat(tooLong.statusCode())
			.as("%s password of %s letters: %s", route, letters, gist(tooLong.body()))
			.isEqualTo(200);
		this.softly.assertThat(refusals(tooLong.body()))
			.as("%s password of %s letters: the page says why", route, letters)
			.isNotEmpty();

		HttpResponse<String> set = anonymous.post(user.link(), "/account/password", "token", token, "password",
				PASSWORD, "confirmation", PASSWORD);
		record(route, "password", "stored");
		// decoded otherwise than the password, it would be refused as a different text
		expect(route, "confirmation", "accepted as the same text as the password",
				isRedirect(set) ? PASSWORD : gist(set.body()), PASSWORD);
		if (isRedirect(set)) {
			String hash = this.jdbc.queryForObject("select password_hash from app_user where id = ?", String.class,
					user.id());
			this.softly.assertThat(this.passwords.matches(PASSWORD, hash))
				.as("%s password: stored is the hash of what was typed", route)
				.isTrue();
		}
		else {
			this.softly.fail("%s password: setting \"%s\" for %s was refused: %s", route, PASSWORD, user.username(),
					gist(set.body()));
			// set here, so that the journey goes on and its later checks run
			this.jdbc.update("update app_user set password_hash = ? where id = ?", this.passwords.encode(PASSWORD),
					user.id());
		}

		FormClient client = new FormClient(this.port);
		HttpResponse<String> login = client.post("/login", "/login", "username", user.username(), "password", PASSWORD);
		record("POST /login", "password", "signed in");
		if (FormClient.location(login).equals("/home")) {
			return client;
		}
		this.softly.fail("POST /login password: signing in as %s with \"%s\" led to %s", user.username(), PASSWORD,
				FormClient.location(login));
		// with the test accounts' password, so that the journey goes on
		this.jdbc.update("update app_user set password_hash = ? where id = ?",
				this.passwords.encode(TestAccounts.PASSWORD), user.id());
		return FormClient.signedIn(this.port, user.username(), TestAccounts.PASSWORD);
	}

	/** The coordinator's application, written section by section and submitted. */
	private Application application(FormClient school, long organisation) {
		long id = FormClient.idFrom(school.post("/coordinator", "/coordinator/applications", "call", "2027-1"));
		String base = "/coordinator/applications/" + id;
		redirected(school.post(base + "/context", base + "/context", "version", version(id), "projectStart",
				"2027-09-01", "durationMonths", "12", "language", "sk"), "the context");

		String route = "POST /coordinator/applications/{id}/description";
		redirected(school.post(base + "/description", base + "/description", "version", version(id), "title",
				typed("title"), "background", typed("background"), "objectives[0]", typed("objective-1"),
				"objectives[1]", typed("objective-2")), "the description");
		stored(route, "title", typed("title"), "select title from application where id = ?", id);
		stored(route, "background", typed("background"), "select background from application where id = ?", id);
		List<String> objectives = this.jdbc.queryForList(
				"select text from application_objective where application_id = ? order by position", String.class, id);
		record(route, "objectives[]", "stored");
		this.softly.assertThat(objectives)
			.as("%s objectives[]: stored", route)
			.containsExactly(typed("objective-1"), typed("objective-2"));
		field(route, "title", typed("title"), school, base + "/description");
		field(route, "background", typed("background"), school, base + "/description");
		field(route, "objectives[]", typed("objective-1"), school, base + "/description", "objectives[0]");
		field(route, "objectives[]", typed("objective-2"), school, base + "/description", "objectives[1]");
		List<Long> objectiveIds = this.jdbc.queryForList(
				"select id from application_objective where application_id = ? order by position", Long.class, id);

		activities(school, id, objectiveIds);

		route = "POST /coordinator/applications/{id}/follow-up";
		List<String> followUp = List.of("integration", "evaluation", "dissemination", "visibility", "etwinning");
		List<String> form = new ArrayList<>(List.of("version", version(id)));
		followUp.forEach((name) -> form.addAll(List.of(name, typed(name))));
		redirected(school.post(base + "/follow-up", base + "/follow-up", form.toArray(String[]::new)), "the follow-up");
		for (String name : followUp) {
			String column = name.equals("etwinning") ? "etwinning" : "follow_up_" + name;
			stored(route, name, typed(name), "select " + column + " from application where id = ?", id);
			field(route, name, typed(name), school, base + "/follow-up");
		}

		route = "POST /coordinator/applications/{id}/submit";
		HttpResponse<String> undeclared = school.post(base + "/check", base + "/submit", "legalRepresentative",
				LEGAL_REPRESENTATIVE);
		assertThat(undeclared.statusCode()).as("submitting without the declaration: %s", gist(undeclared.body()))
			.isEqualTo(200);
		expect(route, "legalRepresentative", "the refused form shown again",
				FormClient.field(undeclared.body(), "legalRepresentative"), LEGAL_REPRESENTATIVE);
		HttpResponse<String> submitted = school.post(base + "/check", base + "/submit", "legalRepresentative",
				LEGAL_REPRESENTATIVE, "declarationAccepted", "true");
		assertThat(FormClient.location(submitted)).as("submitting: %s", gist(submitted.body()))
			.isEqualTo(base + "/submitted");
		stored(route, "legalRepresentative", LEGAL_REPRESENTATIVE,
				"select legal_representative from application where id = ?", id);
		String reference = this.jdbc.queryForObject("select reference from application where id = ?", String.class, id);
		shown("POST /admin/organisations/{id}", "legalName", typed("legalName-renamed"), school,
				base + "/organisation");
		Application application = new Application(id, reference, organisation);
		pdf(school, base + "/submission.pdf", application, "the school's PDF");
		return application;
	}

	/**
	 * Two activities: one with the text in every free-text field (and a distance, so that
	 * its cities are not looked up), then changed; one between two real cities written
	 * with their accents, whose distance the gazetteer finds.
	 */
	private void activities(FormClient school, long id, List<Long> objectives) {
		String base = "/coordinator/applications/" + id;
		List<String> texts = List.of("originCity", "destinationCity", "hostingOrganisation", "courseTitle",
				"shortDurationJustification");
		String route = "POST /coordinator/applications/{id}/activities";
		redirected(school.post(base + "/activities/new", base + "/activities",
				activity(id, objectives.get(0), texts, "", "1234")), "the first activity");
		long activity = this.jdbc.queryForObject(
				"select id from application_activity where application_id = ? order by position limit 1", Long.class,
				id);
		checkActivity(school, route, id, activity, texts, "");

		route = "POST /coordinator/applications/{id}/activities/{activityId}";
		String page = base + "/activities/" + activity;
		redirected(school.post(page, page, activity(id, objectives.get(0), texts, "-changed", "1234")),
				"changing the first activity");
		checkActivity(school, route, id, activity, texts, "-changed");

		String[] cities = { "version", version(id), "activity.type", "JOB_SHADOWING", "activity.destinationCountry",
				"PL", "activity.originCity", "Žilina", "activity.destinationCity", "Łódź", "activity.participants", "2",
				"activity.durationDays", "10", "activity.travelDays", "2", "objectiveIds",
				String.valueOf(objectives.get(1)) };
		route = "POST /coordinator/applications/{id}/activities";
		HttpResponse<String> preview = school.post(base + "/activities/new", base + "/activities/preview", cities);
		HttpResponse<String> saved = school.post(base + "/activities/new", base + "/activities", cities);
		record(route, "activity.originCity", "found in the gazetteer");
		record(route, "activity.destinationCity", "found in the gazetteer");
		if (!isRedirect(saved)) {
			this.softly.fail("%s: an activity from Žilina to Łódź was refused: %s", route, gist(saved.body()));
			previewShows("POST /coordinator/applications/{id}/activities/preview", preview, "(the saved distance)");
			return;
		}
		Map<String, Object> second = this.jdbc
			.queryForMap("select id, origin_city, destination_city, distance_km from application_activity "
					+ "where application_id = ? and position = 1", id);
		stored(route, "activity.originCity", "Žilina", second.get("origin_city"));
		stored(route, "activity.destinationCity", "Łódź", second.get("destination_city"));
		BigDecimal distance = (BigDecimal) second.get("distance_km");
		this.softly.assertThat(distance).as("Žilina–Łódź: the distance between the cities found").isNotNull();
		if (distance != null) {
			String km = LocalNumbers.format(distance, Locale.forLanguageTag("pl"), 2, 2);
			previewShows("POST /coordinator/applications/{id}/activities/preview", preview, km);
			String existing = base + "/activities/" + second.get("id");
			cities[1] = version(id);
			previewShows("POST /coordinator/applications/{id}/activities/{activityId}/preview",
					school.post(existing, existing + "/preview", cities), km);
		}
	}

	private String[] activity(long id, long objective, List<String> texts, String suffix, String distance) {
		List<String> form = new ArrayList<>(List.of("version", version(id), "activity.type", "JOB_SHADOWING",
				"activity.destinationCountry", "PL", "activity.distanceKm", distance, "activity.participants", "3",
				"activity.participantsWithFewerOpportunities", "1", "activity.durationDays", "10",
				"activity.travelDays", "2", "objectiveIds", String.valueOf(objective)));
		texts.forEach((name) -> form.addAll(List.of("activity." + name, typed(name + suffix))));
		return form.toArray(String[]::new);
	}

	private void checkActivity(FormClient school, String route, long id, long activity, List<String> texts,
			String suffix) {
		Map<String, Object> row = this.jdbc.queryForMap("select * from application_activity where id = ?", activity);
		String page = "/coordinator/applications/" + id + "/activities/" + activity;
		for (String name : texts) {
			String column = name.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
			stored(route, "activity." + name, typed(name + suffix), row.get(column));
			field(route, "activity." + name, typed(name + suffix), school, page);
		}
	}

	/** The preview's distance: both cities were found, so both names arrived intact. */
	private void previewShows(String route, HttpResponse<String> preview, String km) {
		record(route, "activity.originCity", "found in the gazetteer");
		record(route, "activity.destinationCity", "found in the gazetteer");
		this.softly.assertThat(preview.statusCode()).as("%s: Žilina–Łódź", route).isEqualTo(200);
		this.softly.assertThat(spaces(HtmlUtils.htmlUnescape(preview.body())))
			.as("%s: the preview shows the distance between Žilina and Łódź", route)
			.contains(spaces(km) + " km");
	}

	/** The officers' CSV and XLSX export of the submissions, found by reference. */
	private void exports(FormClient agency, Application application) {
		String route = "POST /admin/organisations/{id}";
		String name = typed("legalName-renamed");
		HttpResponse<byte[]> csv = agency.download("/agency/submissions.csv?q=" + application.reference());
		assertThat(csv.statusCode()).as("the CSV export").isEqualTo(200);
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		this.softly.assertThat(text).as("the CSV starts with a byte-order mark").startsWith("\uFEFF");
		expect(route, "legalName", "CSV export", csvCell(text.replaceFirst("^\uFEFF", ""), application.reference(), 1),
				name);
		HttpResponse<byte[]> xlsx = agency.download("/agency/submissions.xlsx?q=" + application.reference());
		assertThat(xlsx.statusCode()).as("the XLSX export").isEqualTo(200);
		expect(route, "legalName", "XLSX export", xlsxCell(xlsx.body(), application.reference(), 1), name);
	}

	/**
	 * The submitted application's PDF: every text of the school's as typed, with "?" for
	 * the emoji the font has no glyph for.
	 */
	private void pdf(FormClient client, String path, Application application, String which) {
		HttpResponse<byte[]> download = client.download(path);
		assertThat(download.statusCode()).as(which).isEqualTo(200);
		String text = spaces(pdfText(download.body()));
		String sink = which;
		inPdf("POST /admin/organisations/{id}", "legalName", typed("legalName-renamed"), text, sink);
		String coordinator = "POST /coordinator/applications/{id}/";
		inPdf(coordinator + "description", "title", typed("title"), text, sink);
		inPdf(coordinator + "description", "background", typed("background"), text, sink);
		inPdf(coordinator + "description", "objectives[]", typed("objective-1"), text, sink);
		inPdf(coordinator + "description", "objectives[]", typed("objective-2"), text, sink);
		for (String name : List.of("originCity", "destinationCity", "hostingOrganisation", "courseTitle",
				"shortDurationJustification")) {
			inPdf(coordinator + "activities/{activityId}", "activity." + name, typed(name + "-changed"), text, sink);
		}
		inPdf(coordinator + "activities", "activity.originCity", "Žilina", text, sink);
		inPdf(coordinator + "activities", "activity.destinationCity", "Łódź", text, sink);
		for (String name : List.of("integration", "evaluation", "dissemination", "visibility", "etwinning")) {
			inPdf(coordinator + "follow-up", name, typed(name), text, sink);
		}
		inPdf(coordinator + "submit", "legalRepresentative", LEGAL_REPRESENTATIVE, text, sink);
	}

	/**
	 * The round's budget, typed as Polish writes it, shown in its field as inputs show
	 * numbers (the page's decimal separator, the thousands not grouped), and saved again
	 * as shown.
	 */
	private void budget(FormClient agency) {
		String route = "POST /agency/ranking/budget";
		String page = "/agency/ranking?call=2027-1";
		redirected(agency.post(page, "/agency/ranking/budget", "call", "2027-1", "budget", BUDGET),
				"the ranking's budget");
		stored(route, "budget", "1500000.50", availableBudget());
		String shown = FormClient.field(agency.get(page).body(), "budget");
		expect(route, "budget", "page " + page + " (the thousands not grouped)", shown,
				BUDGET.replaceAll("[\\s\u00A0\u202F]", ""));
		HttpResponse<String> again = agency.post(page, "/agency/ranking/budget", "call", "2027-1", "budget",
				(shown == null) ? "" : shown);
		record(route, "budget", "saved again as shown");
		this.softly.assertThat(refusals(agency.get(FormClient.location(again)).body()))
			.as("%s budget: saving the budget again as the page shows it (%s)", route, shown)
			.isEmpty();
		this.softly.assertThat(availableBudget()).as("%s budget: saved again as shown", route).isEqualTo("1500000.50");
	}

	/** The expert declares no conflict and scores, with a comment per criterion. */
	private void assessment(FormClient assessor, Application application, Invited expert) {
		long assignment = this.jdbc.queryForObject(
				"select id from review_assignment where application_id = ? and assessor_id = ?", Long.class,
				application.id(), expert.id());
		String page = "/agency/assignments/" + assignment;
		redirected(assessor.post(page, page + "/declaration", "conflict", "no"), "declaring no conflict of interest");
		String route = "POST /agency/assignments/{id}/assessment";
		redirected(assessor.post(page, page + "/assessment", "version", "", "relevance", "15", "projectDesign", "35",
				"followUp", "20", "relevanceComment", typed("relevanceComment"), "projectDesignComment",
				typed("projectDesignComment"), "followUpComment", typed("followUpComment")), "scoring");
		Map<String, Object> row = this.jdbc
			.queryForMap("select relevance_comment, design_comment, follow_up_comment from review_assessment "
					+ "where assignment_id = ?", assignment);
		stored(route, "relevanceComment", typed("relevanceComment"), row.get("relevance_comment"));
		stored(route, "projectDesignComment", typed("projectDesignComment"), row.get("design_comment"));
		stored(route, "followUpComment", typed("followUpComment"), row.get("follow_up_comment"));
		for (String comment : List.of("relevanceComment", "projectDesignComment", "followUpComment")) {
			field(route, comment, typed(comment), assessor, page);
		}
	}

	/** The agency approves, with a reason. */
	private void decision(FormClient agency, Application application) {
		String route = "POST /agency/applications/{id}/decision";
		String page = "/agency/applications/" + application.id() + "/decision";
		HttpResponse<String> decided = agency.post(page, page, "version", "", "outcome", "APPROVED", "reason",
				typed("reason"), "action", "confirm");
		redirected(decided, "the decision");
		stored(route, "reason", typed("reason"), "select reason from review_decision where application_id = ?",
				application.id());
		field(route, "reason", typed("reason"), agency, page);
	}

	/** An earlier grant the agency records by hand, and the administrator's. */
	private void grants(FormClient agency, long organisation) {
		String route = "POST /agency/organisations/{organisationId}/grants";
		String page = "/agency/organisations/" + organisation + "/grants";
		redirected(agency.post(page, page, "callYear", "2016", "round", "1", "note", typed("note")),
				"recording an earlier grant");
		stored(route, "note", typed("note"),
				"select note from organisation_grant where organisation_id = ? and call_year = 2016", organisation);
		String grants = agency.get(page).body();
		shownIn(route, "note", typed("note"), grants, page);
		shownIn("POST /admin/organisations/{id}/grants", "grantNote", typed("grantNote"), grants, page);
	}

	// ---------------------------------------------------------------- the checks

	/** The stored value, read with the query, is what was typed. */
	private void stored(String route, String field, String typed, String sql, Object... args) {
		stored(route, field, typed, this.jdbc.queryForObject(sql, String.class, args));
	}

	private void stored(String route, String field, String typed, Object value) {
		expect(route, field, "stored", (value == null) ? null : value.toString(), typed);
	}

	/**
	 * The page's field of this name (the form's own, shown again) holds what was typed.
	 */
	private void field(String route, String field, String typed, FormClient client, String page) {
		field(route, field, typed, client, page, field);
	}

	private void field(String route, String field, String typed, FormClient client, String page, String name) {
		expect(route, field, "page " + page.replaceAll("/\\d+", "/…"), FormClient.field(client.get(page).body(), name),
				typed);
	}

	/** The page shows what was typed as a text of its own (a heading, a cell). */
	private void shown(String route, String field, String typed, FormClient client, String page) {
		shownIn(route, field, typed, client.get(page).body(), page);
	}

	/** The page shows what was typed, as the whole text of an element or within one. */
	private void shownIn(String route, String field, String typed, String html, String page) {
		String where = "page " + page.replaceAll("/\\d+", "/…").replaceAll("\\?.*", "");
		record(route, field, where);
		List<String> texts = texts(html);
		if (texts.stream().noneMatch((text) -> text.contains(typed))) {
			String marker = marker(typed);
			this.softly.fail("%s %s: %s shows%n  %s%nnot%n  %s", route, field, page,
					String.join("\n  ", texts.stream().filter((text) -> text.contains(marker)).toList()), typed);
		}
	}

	/**
	 * The first line of the latest mail to the address (its greeting) names the person.
	 */
	private void mail(String route, String field, String name, String address, String which) {
		List<CapturedMail.Mail> mails = SentMail.to(this.context, address);
		record(route, field, "mail (" + which + ")");
		if (mails.isEmpty()) {
			this.softly.fail("%s %s: no mail (%s) sent to %s", route, field, which, address);
			return;
		}
		String greeting = mails.get(mails.size() - 1).body().lines().findFirst().orElse("");
		this.softly.assertThat(greeting).as("%s %s: %s to %s", route, field, which, address).contains(name);
	}

	/** The PDF's text (spaces and line breaks as one space) holds what was typed. */
	private void inPdf(String route, String field, String typed, String text, String which) {
		record(route, field, which);
		String printed = spaces(typed.replace("🎒", "?"));
		if (!text.contains(printed)) {
			String marker = marker(typed);
			int at = text.indexOf(marker);
			String around = (at < 0) ? "(not there at all)"
					: text.substring(Math.max(0, at - 2 * printed.length()), Math.min(text.length(), at + 40));
			this.softly.fail("%s %s: %s prints%n  %s%nnot%n  %s", route, field, which, around, printed);
		}
	}

	private void expect(String route, String field, String where, String actual, String typed) {
		record(route, field, where);
		this.softly.assertThat(actual).as("%s %s: %s", route, field, where).isEqualTo(typed);
	}

	private void record(String route, String field, String where) {
		this.checked.computeIfAbsent(route + " " + field, (key) -> new TreeSet<>()).add(where);
	}

	/** How many forms and fields the journey covered, and where it looked. */
	private String summary() {
		Set<String> forms = new TreeSet<>();
		int checks = 0;
		StringBuilder lines = new StringBuilder();
		for (var entry : this.checked.entrySet()) {
			String key = entry.getKey();
			forms.add(key.substring(0, key.lastIndexOf(' ')));
			checks += entry.getValue().size();
			lines.append(String.format("%n  %-75s %s", key, String.join(", ", entry.getValue())));
		}
		return String.format("Round trip of typed text: %d forms, %d free-text fields, %d checks:%s", forms.size(),
				this.checked.size(), checks, lines);
	}

	// ---------------------------------------------------------------- reading what came
	// back

	/** Each field's text: what is typed, and its marker. */
	static String typed(String field) {
		return TYPED + " #" + field;
	}

	/** What to look for when a value is not there: its marker, or a name's ASCII part. */
	private static String marker(String typed) {
		int hash = typed.lastIndexOf('#');
		if (hash >= 0) {
			return typed.substring(hash);
		}
		Matcher ascii = Pattern.compile("[A-Za-z]{4,}").matcher(typed);
		return ascii.find() ? ascii.group() : typed;
	}

	/** The texts of the page's elements and its attribute values, HTML-unescaped. */
	private static List<String> texts(String html) {
		List<String> texts = new ArrayList<>();
		Matcher text = Pattern.compile(">([^<]+)<|=\"([^\"]*)\"").matcher(html);
		while (text.find()) {
			String value = HtmlUtils.htmlUnescape(text.group(1) != null ? text.group(1) : text.group(2)).strip();
			if (!value.isEmpty()) {
				texts.add(value);
			}
		}
		return texts;
	}

	/** Every run of spaces of any kind (and line breaks) as one space. */
	private static String spaces(String text) {
		return text.replaceAll("[\\s\u00A0\u202F]+", " ").strip();
	}

	private static String csvCell(String csv, String reference, int column) {
		try {
			for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(csv))) {
				if (record.get(0).equals(reference)) {
					return record.get(column);
				}
			}
			return null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String xlsxCell(byte[] xlsx, String reference, int column) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter format = new DataFormatter();
			for (Row row : sheet) {
				if (format.formatCellValue(row.getCell(0)).equals(reference)) {
					return row.getCell(column).getStringCellValue();
				}
			}
			return null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String pdfText(byte[] pdf) {
		try {
			PdfReader reader = new PdfReader(pdf);
			try {
				PdfTextExtractor extractor = new PdfTextExtractor(reader);
				StringBuilder text = new StringBuilder();
				for (int page = 1; page <= reader.getNumberOfPages(); page++) {
					text.append(extractor.getTextFromPage(page)).append('\n');
				}
				return text.toString();
			}
			finally {
				reader.close();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String excerpt(String body) {
		return Hostile.printable(body.length() <= 400 ? body : body.substring(0, 400) + "…");
	}

	// ---------------------------------------------------------------- records and
	// fixtures

	/** Saved: the answer is a redirect (Post/Redirect/Get). */
	private static void redirected(HttpResponse<String> response, String what) {
		assertThat(response.statusCode()).as("%s: %s", what, gist(response.body())).isIn(302, 303);
	}

	private static boolean isRedirect(HttpResponse<String> response) {
		return response.statusCode() == 302 || response.statusCode() == 303;
	}

	/** What a page says, for a failure message: its heading and its refusals. */
	private static String gist(String html) {
		List<String> said = new ArrayList<>();
		Matcher heading = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL).matcher(html);
		if (heading.find()) {
			said.add(plain(heading.group(1)));
		}
		said.addAll(refusals(html));
		return said.isEmpty() ? excerpt(html) : String.join(" | ", said);
	}

	/** The texts of the page's error summaries and refusals. */
	private static List<String> refusals(String html) {
		List<String> refusals = new ArrayList<>();
		Matcher alert = Pattern
			.compile("<(div|p)\\b[^>]*class=\"[^\"]*(?:alert-danger|error-summary)[^\"]*\"[^>]*>(.*?)</\\1>",
					Pattern.DOTALL)
			.matcher(html);
		while (alert.find()) {
			refusals.add(plain(alert.group(2)));
		}
		return refusals;
	}

	private static String plain(String html) {
		return spaces(HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", " ")));
	}

	private String version(long application) {
		return String
			.valueOf(this.jdbc.queryForObject("select version from application where id = ?", Long.class, application));
	}

	private String availableBudget() {
		List<BigDecimal> budgets = this.jdbc.queryForList(
				"select available from review_budget where agency_code = ? and call_year = 2027 and round = 1",
				BigDecimal.class, AGENCY);
		return budgets.isEmpty() ? null : budgets.get(0).toPlainString();
	}

	private String oid(long organisation) {
		return this.jdbc.queryForObject("select oid from organisation where id = ?", String.class, organisation);
	}

	/** An OID no organisation has. */
	private String freeOid() {
		String oid;
		do {
			oid = String.format("E8%07d", SEQUENCE.incrementAndGet() % 10_000_000);
		}
		while (this.jdbc.queryForObject("select count(*) from organisation where oid = ?", Integer.class, oid) > 0);
		return oid;
	}

	/** A form's free-text fields, or why it has none. */
	record Form(List<String> fields, String without) {
	}

	static Form text(String... fields) {
		return new Form(List.of(fields), null);
	}

	static Form none(String why) {
		return new Form(List.of(), why);
	}

	private static Map<String, Form> forms(Object... pairs) {
		Map<String, Form> forms = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			forms.put((String) pairs[i], (Form) pairs[i + 1]);
		}
		return forms;
	}

	record Invited(long id, String username, String email, String link) {
	}

	record Application(long id, String reference, long organisationId) {
	}

}
