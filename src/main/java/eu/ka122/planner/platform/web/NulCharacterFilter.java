package eu.ka122.planner.platform.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Drops the NUL character from every request parameter before anything reads it.
 * PostgreSQL cannot store or even compare it in text (a search for "a\0b" failed with a
 * server error), and no browser sends it from a form field, so only tools do: they get
 * the answer the same input without it gets. Runs before security, so the login form is
 * covered too. It reads parameters before any other filter, which is safe only because
 * the request encoding is UTF-8 from the servlet context on
 * ({@code LanguageConfiguration}): reading a parameter fixes the encoding, and at this
 * order the character-encoding filter would come too late (every accented letter was
 * stored as two).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class NulCharacterFilter extends OncePerRequestFilter {

	private static final String NUL = "\u0000";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean nul;
		try {
			nul = hasNul(request);
		}
		catch (IllegalStateException ex) {
			// The container refused to read the parameters: the form is larger than it
			// reads (server.tomcat.max-http-form-post-size). The app's own 413 page says
			// so in the reader's language, and nothing on the way to it may read them
			// again.
			if (request.getDispatcherType() == DispatcherType.ERROR) {
				chain.doFilter(new WithoutParameters(request), response);
			}
			else {
				response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			}
			return;
		}
		chain.doFilter(nul ? new WithoutNul(request) : request, response);
	}

	/** The error page of a form too large to read runs through here too. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		doFilterInternal(request, response, chain);
	}

	private static boolean hasNul(HttpServletRequest request) {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (parameter.getKey().contains(NUL)) {
				return true;
			}
			for (String value : parameter.getValue()) {
				if (value != null && value.contains(NUL)) {
					return true;
				}
			}
		}
		return false;
	}

	/** A request whose body the container would not read: no parameters at all. */
	private static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

	}

	/** The request with its parameters' names and values cleaned once. */
	private static final class WithoutNul extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters;

		WithoutNul(HttpServletRequest request) {
			super(request);
			Map<String, String[]> cleaned = new LinkedHashMap<>();
			request.getParameterMap().forEach((name, values) -> {
				String[] copy = new String[values.length];
				for (int i = 0; i < values.length; i++) {
					copy[i] = (values[i] == null) ? null : values[i].replace(NUL, "");
				}
				cleaned.merge(name.replace(NUL, ""), copy, (a, b) -> {
					String[] both = new String[a.length + b.length];
					System.arraycopy(a, 0, both, 0, a.length);
					System.arraycopy(b, 0, both, a.length, b.length);
					return both;
				});
			});
			this.parameters = Collections.unmodifiableMap(cleaned);
		}

		@Override
		public String getParameter(String name) {
			String[] values = this.parameters.get(name);
			return (values == null || values.length == 0) ? null : values[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return this.parameters;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(this.parameters.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = this.parameters.get(name);
			return (values == null) ? null : values.clone();
		}

	}

}
