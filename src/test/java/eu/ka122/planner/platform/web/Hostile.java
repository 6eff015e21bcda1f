package eu.ka122.planner.platform.web;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.NumberUtils;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The hostile-input tests' generators and checks: values that break things, a form's
 * fields each hostile, left as sent or missing, and what every answer must be (no server
 * error, every rejection explained, typed markup never shown unescaped).
 */
final class Hostile {

	/**
	 * Tries for a button whose form sends only record ids and a version (its variety is
	 * small).
	 */
	static final int BUTTON_TRIES = 10;

	static final String SCRIPT = "<script>window.__ka122xss=1</script>";

	static final String IMAGE = "\"><img src=x onerror=\"window.__ka122xss=2\">";

	/** How the pages show {@link #SCRIPT} as text. */
	static final String SCRIPT_AS_TEXT = "&lt;script&gt;window.__ka122xss=1&lt;/script&gt;";

	/** What the 400 page says (error.400.title). */
	static final String BAD_REQUEST_PAGE = "The form sent something this page does not have";

	/** What the 404 page says (error.404.title). */
	static final String NOT_FOUND_PAGE = "Page not found";

	/**
	 * The elements with which a page that shows a form again says why: error summaries,
	 * the conflict notice and refusals.
	 */
	static final List<String> EXPLANATIONS = List.of("error-summary", "data-testid=\"conflict\"",
			"data-testid=\"refused\"", "data-testid=\"problems\"", "data-testid=\"problem\"");

	private static final Map<Integer, String> ERROR_PAGES = new java.util.concurrent.ConcurrentHashMap<>();

	private Hostile() {
	}

	/** Text that breaks things: long, control characters, markup, SQL, odd Unicode. */
	static Arbitrary<String> text() {
		return Arbitraries.oneOf(Arbitraries.of(SCRIPT, IMAGE, "javascript:alert(1)", "' OR '1'='1' --",
				"'); drop table application; --", "\u0000", "a\u0000b", "\u001b[31mred", "\u202Eevil", "\uFEFF",
				"\uD800", "${7*7}", "#{7*7}", "[[${7*7}]]", "%00", "../../etc/passwd", "null", "undefined", " ", ""),
				Arbitraries.strings().all().ofMinLength(1).ofMaxLength(60),
				Arbitraries.strings().withChars('x', '<', '\'', '"', '&').ofMinLength(5_001).ofMaxLength(20_000),
				Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(20));
	}

	/** Numbers at and beyond limits, and things that are no number. */
	static Arbitrary<String> number() {
		return Arbitraries.oneOf(
				Arbitraries.of("-1", "0", "1", "2147483647", "2147483648", "-2147483649", "9223372036854775808",
						"99999999999999999999999", "1e309", "-0", "NaN", "Infinity", "0x10", "1,5", "1.5",
						"0.000000001", "１２", "٣", "abc", "true", "[]", "{}", " 7 ", ""),
				Arbitraries.integers().map(String::valueOf), Arbitraries.bigDecimals().map(Object::toString), text());
	}

	/**
	 * A record id as a path segment or parameter: the given ones of the test's own
	 * records, ids that cannot exist, and things that are no id. Never a small number
	 * that could be another test's (or the demo data's) record, nor text Spring reads as
	 * one (" 7 ", "0x10", "#10", "１２").
	 */
	static Arbitrary<String> id(Object... own) {
		List<String> mine = new ArrayList<>();
		for (Object id : own) {
			mine.add(String.valueOf(id));
		}
		Arbitrary<String> notAnId = Arbitraries.oneOf(
				Arbitraries.of("-1", "0", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
						"0x7fffffffffffffff", "99999999999999999999999", "1e3", "1.5", "abc", "NaN", "null"),
				text().filter((value) -> !isLong(value)));
		return mine.isEmpty() ? notAnId : Arbitraries.oneOf(Arbitraries.of(mine), notAnId);
	}

	/** A form's fields, each hostile, left as sent, or missing. */
	static Map<String, String> values(Map<String, Arbitrary<String>> fields) {
		Map<String, String> values = new LinkedHashMap<>();
		fields.forEach((name, arbitrary) -> {
			int choice = Arbitraries.integers().between(0, 5).sample();
			if (choice > 0) {
				values.put(name, (choice == 1) ? "" : arbitrary.sample());
			}
		});
		return values;
	}

	/** Field names and their generators, in pairs. */
	static Map<String, Arbitrary<String>> fields(Object... pairs) {
		Map<String, Arbitrary<String>> fields = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			@SuppressWarnings("unchecked")
			Arbitrary<String> arbitrary = (Arbitrary<String>) pairs[i + 1];
			fields.put((String) pairs[i], arbitrary);
		}
		return fields;
	}

	/** Posts the values to the path (a URI template expanded with the variables). */
	static MvcTestResult post(MockMvcTester mvc, MockHttpSession session, Map<String, String> values, String path,
			Object... variables) {
		var request = mvc.post().uri(uri(path, variables)).session(session).with(csrf());
		for (var value : values.entrySet()) {
			request = request.param(value.getKey(), value.getValue());
		}
		return request.exchange();
	}

	/** Gets the path with the values as query parameters. */
	static MvcTestResult get(MockMvcTester mvc, MockHttpSession session, Map<String, String> values, String path,
			Object... variables) {
		var request = mvc.get().uri(uri(path, variables)).session(session);
		for (var value : values.entrySet()) {
			request = request.param(value.getKey(), value.getValue());
		}
		return request.exchange();
	}

	/**
	 * Saved or refused (a redirect), or the page again with one of the elements that say
	 * why ({@link #EXPLANATIONS} and the given ones), a 400 or 404 page that says what
	 * went wrong; never a server error nor typed markup unescaped. A redirect that
	 * carries a refusal is followed, and the page it leads to must show it.
	 */
	static void assertExplained(MockMvcTester mvc, MockHttpSession session, String what, Object values,
			MvcTestResult result, String... explanations) {
		what = printable(what);
		values = printable(values);
		int status = result.getResponse().getStatus();
		assertThat(status).as("%s with %s", what, values).isLessThan(500);
		if (status == 200) {
			List<String> expected = new ArrayList<>(EXPLANATIONS);
			expected.addAll(List.of(explanations));
			assertThat(body(result)).as("%s with %s: the page says what is wrong", what, values)
				.containsAnyOf(expected.toArray(String[]::new));
		}
		else if (status == 400 || status == 404) {
			assertThat(errorPage(mvc, result)).as("%s with %s: the %s page says why", what, values, status)
				.contains((status == 400) ? BAD_REQUEST_PAGE : NOT_FOUND_PAGE);
		}
		else {
			assertThat(status).as("%s with %s", what, values).isIn(302, 303);
		}
		assertEscaped(what, result);
		FlashMap flash = result.getMvcResult().getFlashMap();
		String location = result.getResponse().getRedirectedUrl();
		if (location != null && flash.keySet().stream().anyMatch((key) -> key.startsWith("refused"))) {
			MvcTestResult shown = follow(mvc, session, result);
			if (shown.getResponse().getStatus() == 404) {
				// refused because the record does not exist, whose page does not either
				assertThat(errorPage(mvc, shown)).contains(NOT_FOUND_PAGE);
			}
			else {
				assertThat(shown.getResponse().getStatus()).as("%s with %s: the refusal's page", what, values)
					.isEqualTo(200);
				assertThat(body(shown)).as("%s with %s: the refusal shows on %s", what, values, location)
					.contains("alert-danger");
			}
			assertEscaped(what, shown);
		}
	}

	/**
	 * The page a redirect leads to, with this answer's flash message: not an older one
	 * that a redirect the test did not follow left in the session (the flash map with
	 * more target parameters would win).
	 */
	static MvcTestResult follow(MockMvcTester mvc, MockHttpSession session, MvcTestResult redirect) {
		String location = redirect.getResponse().getRedirectedUrl();
		assertThat(location).as("a redirect").isNotNull();
		session.removeAttribute(SessionFlashMapManager.class.getName() + ".FLASH_MAPS");
		int hash = location.indexOf('#');
		Map<String, Object> attributes = new LinkedHashMap<>();
		redirect.getMvcResult().getFlashMap().forEach((key, value) -> {
			if (value != null) {
				attributes.put(key, value);
			}
		});
		return mvc.get()
			.uri(hash < 0 ? location : location.substring(0, hash))
			.session(session)
			.flashAttrs(attributes)
			.exchange();
	}

	/**
	 * The error page the user sees: the body the app wrote, or, when it only set the
	 * status (Spring's default for a path variable that is no number), the page the
	 * servlet container's error dispatch renders for it (as {@code ErrorPagesTests} shows
	 * over a real port).
	 */
	static String errorPage(MockMvcTester mvc, MvcTestResult result) {
		String body = body(result);
		if (!body.isEmpty()) {
			return body;
		}
		int status = result.getResponse().getStatus();
		return ERROR_PAGES.computeIfAbsent(status,
				(code) -> body(mvc.get()
					.uri("/error")
					.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, code)
					.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/")
					.accept(MediaType.TEXT_HTML)
					.exchange()));
	}

	/**
	 * A refused form shown again with what was typed: the script-like value as text, and
	 * why it was refused.
	 */
	static void assertKept(String what, MvcTestResult result) {
		assertThat(result.getResponse().getStatus()).as("%s shows the form again", what).isEqualTo(200);
		assertThat(body(result)).as("%s says why", what).containsAnyOf(EXPLANATIONS.toArray(String[]::new));
		assertThat(body(result)).as("%s keeps what was typed", what).contains(SCRIPT_AS_TEXT);
		assertEscaped(what, result);
	}

	/** Typed markup never comes back as markup. */
	static void assertEscaped(String what, MvcTestResult result) {
		String type = result.getResponse().getContentType();
		if (type == null || type.contains("html")) {
			assertThat(body(result)).as("%s shows typed markup escaped", what)
				.doesNotContain(SCRIPT)
				.doesNotContain("<img src=x");
		}
	}

	static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The text as a JSON string. */
	static String quote(String text) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"').toString();
	}

	/**
	 * The path with its variables encoded whole (a slash or a percent sign in a value
	 * stays part of the value).
	 */
	static URI uri(String path, Object... variables) {
		return UriComponentsBuilder.fromUriString(path).encode().buildAndExpand(variables).toUri();
	}

	/**
	 * The values as a failure message can show them: control characters escaped, long
	 * values cut.
	 */
	static String printable(Object values) {
		String text = String.valueOf(values);
		StringBuilder shown = new StringBuilder();
		int run = 0;
		for (char c : text.toCharArray()) {
			run = (c == ',' || c == '=') ? 0 : run + 1;
			if (run == 200) {
				shown.append('…');
			}
			if (run >= 200) {
				continue;
			}
			if (c < 0x20 || c == 0x7f) {
				shown.append(String.format("\\u%04x", (int) c));
			}
			else {
				shown.append(c);
			}
		}
		return shown.toString();
	}

	private static boolean isLong(String value) {
		try {
			NumberUtils.parseNumber(value, Long.class);
			return true;
		}
		catch (IllegalArgumentException ex) {
			try {
				Long.parseLong(value.strip());
				return true;
			}
			catch (NumberFormatException notEvenThat) {
				return false;
			}
		}
	}

}
