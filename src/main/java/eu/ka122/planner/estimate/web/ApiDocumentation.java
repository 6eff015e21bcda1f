package eu.ka122.planner.estimate.web;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The title and purpose of the public API in its OpenAPI description (/v3/api-docs,
 * /swagger-ui.html).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	/**
	 * Without servers of its own, springdoc names the request's {@code Host} as the
	 * server, and Swagger UI's "Try it out" would send requests wherever a forged header
	 * points.
	 */
	@Bean
	OpenAPI ka122PlannerApi(@Value("${ka122.mail.base-url:http://localhost:8080}") String baseUrl) {
		String server = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		return new OpenAPI().servers(List.of(new Server().url(server)))
			.info(new Info().title("KA122 Planner API")
				.version("v1")
				.description("Budget and eligibility of Erasmus+ KA122-SCH application plans, following the "
						+ "project's rulebook. Public, without login; rate-limited per client address. Errors are "
						+ "RFC 9457 problem details naming every invalid field.")
				.license(new License().name("City data: GeoNames, CC BY 4.0")));
	}

}
