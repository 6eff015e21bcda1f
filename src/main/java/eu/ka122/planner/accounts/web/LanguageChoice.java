package eu.ka122.planner.accounts.web;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.accounts.LanguagePreferences;
import eu.ka122.planner.shared.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * When a signed-in user switches the language ({@code ?lang=pl}), their account keeps the
 * choice, for their next sign-in and their mails.
 */
@Configuration(proxyBeanMethods = false)
class LanguageChoice implements WebMvcConfigurer {

	private final LanguagePreferences preferences;

	private final Languages languages;

	LanguageChoice(LanguagePreferences preferences, Languages languages) {
		this.preferences = preferences;
		this.languages = languages;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				String tag = request.getParameter("lang");
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				if (tag != null && authentication != null
						&& authentication.getPrincipal() instanceof AccountPrincipal user) {
					LanguageChoice.this.languages.find(tag)
						.ifPresent((language) -> LanguageChoice.this.preferences.remember(user, language));
				}
				return true;
			}
		});
	}

}
