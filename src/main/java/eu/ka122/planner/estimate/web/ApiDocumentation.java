package eu.ka122.planner.estimate.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The title and purpose of the public API in its OpenAPI description (/v3/api-docs,
 * /swagger-ui.html).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI ka122PlannerApi() {
		return new OpenAPI().info(new Info().title("KA122 Planner API")
			.version("v1")
			.description("Budget and eligibility of Erasmus+ KA122-SCH application plans, following the "
					+ "project's rulebook. Public, without login; rate-limited per client address. Errors are "
					+ "RFC 9457 problem details naming every invalid field.")
			.license(new License().name("City data: GeoNames, CC BY 4.0")));
	}

}
