package eu.ka122.planner.estimate.web;

import eu.ka122.planner.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client address that sends more than its allowance is told to wait; other addresses
 * are not.
 */
@IntegrationTest
@TestPropertySource(properties = { "ka122.api.rate-limit.capacity=3", "ka122.api.rate-limit.refill-period=PT1H" })
class ApiRateLimitTests {

	private final MockMvcTester mvc;

	ApiRateLimitTests(@Autowired MockMvcTester mvc) {
		this.mvc = mvc;
	}

	@Test
	void answersTheFourthRequestFromOneAddressWith429AndWhenToRetry() {
		String address = ApiClient.newAddress();
		for (int remaining = 2; remaining >= 0; remaining--) {
			MvcTestResult result = post(address);
			assertThat(result).hasStatusOk()
				.hasHeader(ApiRateLimitFilter.REMAINING_HEADER, Integer.toString(remaining));
		}

		MvcTestResult limited = post(address);

		assertThat(limited).hasStatus(429)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader(ApiRateLimitFilter.REMAINING_HEADER, "0");
		long retryAfter = Long.parseLong(limited.getResponse().getHeader("Retry-After"));
		// One token comes back every 20 minutes with 3 an hour.
		assertThat(retryAfter).isBetween(1L, 1200L);
		JsonNode problem = ApiClient.json(limited);
		assertThat(problem.get("status").intValue()).isEqualTo(429);
		assertThat(problem.get("title").stringValue()).isEqualTo("Too many requests");
		assertThat(problem.get("detail").stringValue()).contains(retryAfter + " seconds");
		assertThat(problem.get("instance").stringValue()).isEqualTo(ApiClient.PATH);
	}

	@Test
	void limitsEachAddressOnItsOwn() {
		String busy = ApiClient.newAddress();
		for (int i = 0; i < 4; i++) {
			post(busy);
		}
		assertThat(post(busy)).hasStatus(429);

		assertThat(post(ApiClient.newAddress())).hasStatusOk();
	}

	@Test
	void countsEveryRequestToTheApiEvenRefusedOnes() {
		String address = ApiClient.newAddress();
		for (int i = 0; i < 3; i++) {
			assertThat(this.mvc.get().uri(ApiClient.PATH).with(ApiClient.from(address)).exchange()).hasStatus(405);
		}

		assertThat(post(address)).hasStatus(429);
	}

	@Test
	void leavesPagesOutsideTheApiAlone() {
		String address = ApiClient.newAddress();
		for (int i = 0; i < 5; i++) {
			MvcTestResult page = this.mvc.get().uri("/login").with(ApiClient.from(address)).exchange();
			assertThat(page).hasStatusOk().doesNotContainHeader(ApiRateLimitFilter.REMAINING_HEADER);
		}
	}

	private MvcTestResult post(String address) {
		return this.mvc.post()
			.uri(ApiClient.PATH)
			.contentType(MediaType.APPLICATION_JSON)
			.content(ApiClient.EXAMPLE_REQUEST)
			.with(ApiClient.from(address))
			.exchange();
	}

}
