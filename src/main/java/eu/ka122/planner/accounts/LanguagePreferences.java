package eu.ka122.planner.accounts;

import java.util.Locale;
import java.util.Optional;

import eu.ka122.planner.accounts.persistence.UserAccountRepository;
import eu.ka122.planner.shared.LanguageChosen;
import eu.ka122.planner.shared.Languages;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A signed-in user's language follows them: the switcher's choice is kept on their
 * account (and written in their mails), and on their next sign-in, on any browser, the
 * pages switch to it. Until they choose, an agency's staff get their agency's default
 * language.
 */
@Component
public class LanguagePreferences {

	private final UserAccountRepository users;

	private final JdbcClient jdbc;

	private final Languages languages;

	private final LocaleResolver localeResolver;

	LanguagePreferences(UserAccountRepository users, JdbcClient jdbc, Languages languages,
			LocaleResolver localeResolver) {
		this.users = users;
		this.jdbc = jdbc;
		this.languages = languages;
		this.localeResolver = localeResolver;
	}

	/** Keeps the language the user chose (one the app speaks) on their account. */
	@Transactional
	public void remember(AccountPrincipal user, Locale language) {
		this.languages.find(language.toLanguageTag())
			.ifPresent((known) -> this.jdbc.sql("update app_user set language = ? where id = ?")
				.params(known.toLanguageTag(), user.id())
				.update());
	}

	/** The user's language: their own choice, else their agency's default. */
	@Transactional(readOnly = true)
	public Optional<Locale> of(String username) {
		return this.users.findByUsername(username)
			.map(Accounts::contact)
			.flatMap((contact) -> this.languages.find(contact.language()));
	}

	/** The switcher's choice of a signed-in user is kept on their account. */
	@EventListener
	void onChoice(LanguageChosen choice) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal user) {
			remember(user, choice.language());
		}
	}

	@EventListener
	void onSignIn(InteractiveAuthenticationSuccessEvent event) {
		if (!(event.getAuthentication().getPrincipal() instanceof AccountPrincipal user)
				|| !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web)
				|| web.getResponse() == null) {
			return;
		}
		of(user.getUsername())
			.ifPresent((language) -> this.localeResolver.setLocale(web.getRequest(), web.getResponse(), language));
	}

}
