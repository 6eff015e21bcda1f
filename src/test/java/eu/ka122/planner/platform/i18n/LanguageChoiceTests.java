package eu.ka122.planner.platform.i18n;

import java.time.Instant;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.support.ApplicationForms;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.SignIn;
import eu.ka122.planner.support.TestAccounts;
import eu.ka122.planner.support.TestClockConfiguration.MutableClock;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * How the language is chosen: the browser's best match for a visitor, the switcher, the
 * signed-in user's choice kept on their account (next sign-in, mails), an agency's
 * default language set by an administrator.
 */
@IntegrationTest
class LanguageChoiceTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationForms forms;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aVisitorGetsTheBestMatchOfTheirBrowsersLanguages() {
		assertThat(page("/rules", "pl-PL,pl;q=0.9,en;q=0.5")).bodyText().contains("<html lang=\"pl\"");
		assertThat(page("/rules", "de-AT,de;q=0.9")).bodyText().contains("<html lang=\"de\"");
		assertThat(page("/rules", "pt-PT,pt;q=0.9,it;q=0.6,en;q=0.3")).bodyText().contains("<html lang=\"it\"");
		assertThat(page("/rules", "fi-FI,sv;q=0.8")).bodyText().contains("<html lang=\"en\"");
		assertThat(page("/rules", "not a language header")).bodyText().contains("<html lang=\"en\"");
	}

	@Test
	void theSwitchersChoiceWinsOverTheBrowserAndIsRemembered() {
		MvcTestResult switched = this.mvc.get().uri("/rules?lang=fr").header("Accept-Language", "de").exchange();

		assertThat(switched).bodyText().contains("<html lang=\"fr\"");
		Cookie cookie = switched.getResponse().getCookie(LanguageResolver.LANGUAGE_COOKIE);
		assertThat(cookie.getValue()).isEqualTo("fr");
		assertThat(this.mvc.get().uri("/rules").cookie(cookie).header("Accept-Language", "de")).bodyText()
			.contains("<html lang=\"fr\"");
		assertThat(this.mvc.get().uri("/rules?lang=xx").cookie(cookie)).bodyText().contains("<html lang=\"fr\"");
	}

	@Test
	void aSignedInUsersChoiceIsKeptOnTheAccountForTheNextSignInAndTheirMails() {
		this.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
		String coordinator = this.accounts.user(Role.COORDINATOR, "ES");
		MockHttpSession session = SignIn.as(this.mvc, coordinator);

		assertThat(this.mvc.get().uri("/coordinator?lang=pl").session(session)).hasStatusOk();

		assertThat(
				this.jdbc.queryForObject("select language from app_user where username = ?", String.class, coordinator))
			.isEqualTo("pl");
		// a new browser, which asks for Spanish: the account's choice wins from the
		// sign-in on
		MvcTestResult signIn = this.mvc.post()
			.uri("/login")
			.with(csrf())
			.header("Accept-Language", "es")
			.param("username", coordinator)
			.param("password", TestAccounts.PASSWORD)
			.exchange();
		assertThat(signIn.getResponse().getCookie(LanguageResolver.LANGUAGE_COOKIE).getValue()).isEqualTo("pl");
		// and the Spanish school's coordinator gets their receipt in Polish
		long id = this.forms.create(session);
		this.forms.fill(session, id);
		assertThat(this.forms.submit(session, id)).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject("select subject from mail_outbox where recipient = ?", String.class,
				coordinator + "@example.org"))
			.doesNotContain("Solicitud")
			.contains(this.jdbc.queryForObject("select reference from application where id = ?", String.class, id));
		assertThat(this.jdbc.queryForObject("select locale from mail_outbox where recipient = ?", String.class,
				coordinator + "@example.org"))
			.isEqualTo("pl");
	}

	@Test
	void anAgencysDefaultLanguageIsSetByAnAdministratorAndUsedForItsStaff() {
		MockHttpSession admin = SignIn.as(this.mvc, this.accounts.user(Role.ADMIN, null));
		String version = String
			.valueOf(this.jdbc.queryForObject("select version from national_agency where code = 'LU01'", Long.class));
		String name = this.jdbc.queryForObject("select name from national_agency where code = 'LU01'", String.class);

		assertThat(this.mvc.post()
			.uri("/admin/agencies/LU01")
			.session(admin)
			.with(csrf())
			.param("version", version)
			.param("country", "LU")
			.param("name", name)
			.param("contactEmail", "")
			.param("defaultForCountry", "true")
			.param("defaultLanguage", "fr")).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject("select default_language from national_agency where code = 'LU01'",
				String.class))
			.isEqualTo("fr");

		String officer = this.accounts.user(Role.NA_OFFICER, "LU01");
		MvcTestResult signIn = this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", officer)
			.param("password", TestAccounts.PASSWORD)
			.exchange();
		assertThat(signIn.getResponse().getCookie(LanguageResolver.LANGUAGE_COOKIE).getValue()).isEqualTo("fr");
	}

	@Test
	void anAgencysDefaultLanguageMustBeOneTheAppSpeaks() {
		MockHttpSession admin = SignIn.as(this.mvc, this.accounts.user(Role.ADMIN, null));
		String version = String
			.valueOf(this.jdbc.queryForObject("select version from national_agency where code = 'MT01'", Long.class));

		assertThat(this.mvc.post()
			.uri("/admin/agencies/MT01")
			.session(admin)
			.with(csrf())
			.param("version", version)
			.param("country", "MT")
			.param("name", "Malta")
			.param("defaultLanguage", "mt")).hasStatusOk().bodyText().contains("href=\"#defaultLanguage\"");
		assertThat(this.jdbc.queryForObject("select default_language from national_agency where code = 'MT01'",
				String.class))
			.isNull();
	}

	@Test
	void theAuditTrailIsShownInTheReadersTimeZoneWithTheZoneNamed() {
		this.clock.set(Instant.parse("2026-12-08T09:30:00Z"));
		MockHttpSession admin = SignIn.as(this.mvc, this.accounts.user(Role.ADMIN, null));

		// the browser's zone, as the page's script sends it: Lisbon is on UTC in winter
		assertThat(this.mvc.get()
			.uri("/admin/audit")
			.session(admin)
			.cookie(new Cookie(LanguageResolver.ZONE_COOKIE, "Europe%2FLisbon"))).bodyText().contains("09:30:00 WET");
		// without it, Brussels time
		assertThat(this.mvc.get().uri("/admin/audit").session(admin)).bodyText().contains("10:30:00 CET");
	}

	private MvcTestResult page(String path, String acceptLanguage) {
		return this.mvc.get().uri(path).header("Accept-Language", acceptLanguage).exchange();
	}

}
