package eu.ka122.planner.estimate.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits the public API per client address: a token bucket each, kept in memory. An
 * address unseen for a whole refill period is forgotten, which changes nothing (its
 * bucket would be full again), so memory holds only the clients of the last period, and
 * never more than {@code maxClients} of them.
 *
 * <p>
 * The address is {@link HttpServletRequest#getRemoteAddr()}: behind a reverse proxy, the
 * forwarded-header support of the server must make it the client's.
 */
class ApiRateLimitFilter extends OncePerRequestFilter {

	static final String REMAINING_HEADER = "X-RateLimit-Remaining";

	private final ApiRateLimitProperties limits;

	private final ApiMessages messages;

	private final Cache<String, Bucket> buckets;

	ApiRateLimitFilter(ApiRateLimitProperties limits, ApiMessages messages) {
		this.limits = limits;
		this.messages = messages;
		this.buckets = Caffeine.newBuilder()
			.expireAfterAccess(limits.refillPeriod())
			.maximumSize(limits.maxClients())
			.build();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = (request.getRemoteAddr() != null) ? request.getRemoteAddr() : "";
		ConsumptionProbe probe = this.buckets.get(client, (address) -> newBucket()).tryConsumeAndReturnRemaining(1);
		response.setHeader(REMAINING_HEADER, Long.toString(probe.getRemainingTokens()));
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, divideRoundingUp(probe.getNanosToWaitForRefill(), TimeUnit.SECONDS.toNanos(1)));
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		// The shape of Spring's ProblemDetail, as the API's other problems: no type means
		// about:blank.
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("title", this.messages.get("api.problem.tooManyRequests.title"));
		problem.put("status", HttpStatus.TOO_MANY_REQUESTS.value());
		problem.put("detail", this.messages.get("api.problem.tooManyRequests.detail", seconds));
		problem.put("instance", request.getRequestURI());
		response.getOutputStream().write(JsonMapper.shared().writeValueAsBytes(problem));
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(this.limits.capacity())
				.refillGreedy(this.limits.capacity(), this.limits.refillPeriod())
				.build())
			.build();
	}

	private static long divideRoundingUp(long dividend, long divisor) {
		return (dividend + divisor - 1) / divisor;
	}

}
