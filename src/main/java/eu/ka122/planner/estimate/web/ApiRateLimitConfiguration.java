package eu.ka122.planner.estimate.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link ApiRateLimitFilter} for {@code /api/**}, ahead of Spring Security, so
 * that a flood is turned away before any other work.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiRateLimitProperties.class)
class ApiRateLimitConfiguration {

	@Bean
	FilterRegistrationBean<ApiRateLimitFilter> apiRateLimitFilter(ApiRateLimitProperties limits,
			MessageSource messageSource) {
		FilterRegistrationBean<ApiRateLimitFilter> registration = new FilterRegistrationBean<>(
				new ApiRateLimitFilter(limits, new ApiMessages(messageSource)));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		registration.setName("apiRateLimitFilter");
		return registration;
	}

}
