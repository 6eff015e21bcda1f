package eu.ka122.planner.platform.i18n;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

import eu.ka122.planner.shared.Languages;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.web.servlet.LocaleContextResolver;
import org.springframework.web.util.WebUtils;

/**
 * The reader's language and time zone. The language is the one chosen with the switcher
 * or kept on the signed-in user's account (both end up in the {@code ka122-lang} cookie),
 * else the best match of the browser's {@code Accept-Language}, else English. The time
 * zone is the browser's, which the page's script puts into the {@code ka122-tz} cookie,
 * else Brussels time (the zone of every deadline).
 */
public class LanguageResolver implements LocaleContextResolver {

	public static final String LANGUAGE_COOKIE = "ka122-lang";

	public static final String ZONE_COOKIE = "ka122-tz";

	public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private final Languages languages;

	public LanguageResolver(Languages languages) {
		this.languages = languages;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(LANGUAGE_COOKIE) instanceof Locale justChosen) {
			return justChosen;
		}
		Cookie cookie = WebUtils.getCookie(request, LANGUAGE_COOKIE);
		if (cookie != null) {
			var chosen = this.languages.find(cookie.getValue());
			if (chosen.isPresent()) {
				return chosen.get();
			}
		}
		return this.languages.bestMatch(request.getHeader("Accept-Language"));
	}

	@Override
	public LocaleContext resolveLocaleContext(HttpServletRequest request) {
		return new SimpleTimeZoneAwareLocaleContext(resolveLocale(request), TimeZone.getTimeZone(zone(request)));
	}

	static ZoneId zone(HttpServletRequest request) {
		Cookie cookie = WebUtils.getCookie(request, ZONE_COOKIE);
		if (cookie != null && cookie.getValue() != null && cookie.getValue().length() <= 64) {
			try {
				return ZoneId.of(cookie.getValue().replace("%2F", "/"));
			}
			catch (DateTimeException ex) {
				// a zone this JVM does not know: Brussels time
			}
		}
		return BRUSSELS;
	}

	/**
	 * The switcher's choice: remembered when the app speaks that language, else ignored.
	 */
	public Optional<Locale> choose(HttpServletRequest request, HttpServletResponse response, String tag) {
		var chosen = this.languages.find(tag);
		chosen.ifPresent((language) -> setLocale(request, response, language));
		return chosen;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		setLocaleContext(request, response, (locale != null) ? () -> locale : null);
	}

	@Override
	public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
		Locale locale = (context != null) ? context.getLocale() : null;
		Optional<Locale> chosen = (locale != null) ? this.languages.find(locale.toLanguageTag()) : Optional.empty();
		if (response == null || chosen.isEmpty()) {
			return;
		}
		Cookie cookie = new Cookie(LANGUAGE_COOKIE, chosen.get().toLanguageTag());
		cookie.setPath("/");
		cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
		// The rest of this request is rendered in the new language too.
		request.setAttribute(LANGUAGE_COOKIE, chosen.get());
	}

}
