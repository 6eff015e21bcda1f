package eu.ka122.planner.platform.i18n;

import java.util.List;

import eu.ka122.planner.shared.LanguageChosen;
import eu.ka122.planner.shared.Languages;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Languages and letters: the message source, the reader's language and zone, the switcher
 * ({@code ?lang=pl}), and UTF-8 for every request and response. Numbers are read by
 * {@link NumberEditors}.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	private final ApplicationEventPublisher events;

	LanguageConfiguration(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Bean
	Languages languages(@Value("${ka122.languages}") List<String> tags) {
		return Languages.of(tags);
	}

	@Bean
	MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames) {
		IcuMessageSource messages = new IcuMessageSource();
		messages.setBasenames(basenames);
		return messages;
	}

	@Bean
	LocaleResolver localeResolver(Languages languages) {
		return new LanguageResolver(languages);
	}

	/**
	 * Browsers post forms without a charset, and the servlet container's default is ISO
	 * 8859-1. Set on the servlet context, UTF-8 is the encoding of every request before
	 * the first filter runs, so no filter that reads a parameter (whatever its order) can
	 * read "Educación" as "EducaciÃ³n".
	 */
	@Bean
	ServletContextInitializer utf8Everywhere() {
		return (ServletContext context) -> {
			context.setRequestCharacterEncoding("UTF-8");
			context.setResponseCharacterEncoding("UTF-8");
		};
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				String tag = request.getParameter("lang");
				if (tag != null && RequestContextUtils
					.getLocaleResolver(request) instanceof LanguageResolver languageResolver) {
					languageResolver.choose(request, response, tag)
						.ifPresent((language) -> LanguageConfiguration.this.events
							.publishEvent(new LanguageChosen(language)));
				}
				return true;
			}
		});
	}

}
