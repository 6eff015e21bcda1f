package eu.ka122.planner.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser without JavaScript on the running server (a {@code RANDOM_PORT} test): it
 * keeps its cookies, posts each form with the CSRF token of the page it is on, and sends
 * what browsers send, {@code application/x-www-form-urlencoded} without a charset, the
 * UTF-8 bytes percent-encoded. MockMvc cannot show how the server decodes such a body: it
 * hands parameters to the app already decoded. Pages are read in the charset their
 * {@code Content-Type} names, as a browser reads them.
 */
public final class FormClient {

	/** A Polish reader, unless a test says otherwise. */
	public static final String POLISH = "pl-PL,pl;q=0.9";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern CHARSET = Pattern.compile("charset=\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

	private final int port;

	private final String language;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	public FormClient(int port) {
		this(port, POLISH);
	}

	/** A client whose requests say {@code Accept-Language: acceptLanguage}. */
	public FormClient(int port, String acceptLanguage) {
		this.port = port;
		this.language = acceptLanguage;
	}

	/**
	 * Signed in through the login form, which is a form like any other: the password is
	 * typed text too.
	 */
	public static FormClient signedIn(int port, String username, String password) {
		FormClient client = new FormClient(port);
		HttpResponse<String> login = client.post("/login", "/login", "username", username, "password", password);
		assertThat(location(login)).as("signing in as %s", username).isEqualTo("/home");
		return client;
	}

	/** The page, read in the charset its answer names. */
	public HttpResponse<String> get(String path) {
		return send(request(path).GET().build(),
				(info) -> HttpResponse.BodySubscribers.ofString(charset(info.headers())));
	}

	/** A download (PDF, spreadsheet, CSV) as the bytes the server sent. */
	public HttpResponse<byte[]> download(String path) {
		return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * Posts the form as a browser does, with the CSRF token of the page it is on.
	 * @param from the page the form is on (read first, as a browser has)
	 * @param path where the form posts
	 * @param namesAndValues field names and values in pairs; a name may come more than
	 * once (checkboxes, lists)
	 */
	public HttpResponse<String> post(String from, String path, String... namesAndValues) {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.add(Map.entry(namesAndValues[i], namesAndValues[i + 1]));
		}
		return post(from, path, fields);
	}

	/** Posts the form's fields, in their order, as a browser does. */
	public HttpResponse<String> post(String from, String path, Map<String, String> form) {
		return post(from, path, new ArrayList<>(form.entrySet()));
	}

	private HttpResponse<String> post(String from, String path, List<Map.Entry<String, String>> form) {
		Matcher token = CSRF.matcher(get(from).body());
		List<Map.Entry<String, String>> fields = new ArrayList<>(form);
		if (token.find()) {
			fields.add(Map.entry("_csrf", HtmlUtils.htmlUnescape(token.group(1))));
		}
		String body = fields.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.US_ASCII))
			.build(), (info) -> HttpResponse.BodySubscribers.ofString(charset(info.headers())));
	}

	/**
	 * Where a redirect leads, as a path with its query (whatever host the server names),
	 * or an empty string for an answer that is none.
	 */
	public static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").map((location) -> {
			URI uri = URI.create(location);
			return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		}).orElse("");
	}

	/** The record id a redirect leads to: the last segment of its path. */
	public static long idFrom(HttpResponse<?> redirect) {
		String location = location(redirect);
		assertThat(location).as("a redirect to a record").isNotEmpty();
		String path = location.replaceAll("[?#].*$", "");
		return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
	}

	/** The named inputs of the page with their values, the first of each name. */
	public static Map<String, String> inputs(String html) {
		Map<String, String> values = new LinkedHashMap<>();
		Matcher input = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"").matcher(html);
		while (input.find()) {
			values.putIfAbsent(input.group(1), HtmlUtils.htmlUnescape(input.group(2)));
		}
		return values;
	}

	/**
	 * What the page's field of this name holds, as a browser shows it (HTML-unescaped):
	 * an input's value or a textarea's text; null when the page has no such field.
	 */
	public static String field(String html, String name) {
		String quoted = Pattern.quote(name);
		Matcher textarea = Pattern
			.compile("<textarea\\b[^>]*\\bname=\"" + quoted + "\"[^>]*>(.*?)</textarea>", Pattern.DOTALL)
			.matcher(html);
		if (textarea.find()) {
			// a browser drops one line break right after the start tag
			return HtmlUtils.htmlUnescape(textarea.group(1).replaceFirst("^\r?\n", ""));
		}
		Matcher input = Pattern.compile("<input\\b[^>]*\\bname=\"" + quoted + "\"[^>]*>").matcher(html);
		if (input.find()) {
			Matcher value = Pattern.compile("\\bvalue=\"([^\"]*)\"").matcher(input.group());
			return value.find() ? HtmlUtils.htmlUnescape(value.group(1)) : "";
		}
		return null;
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.header("Accept-Language", this.language);
	}

	private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
		try {
			return this.http.send(request, handler);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The charset the answer names; UTF-8 when it names none, as the layout's
	 * {@code <meta charset>} says.
	 */
	private static Charset charset(HttpHeaders headers) {
		Matcher charset = CHARSET.matcher(headers.firstValue("Content-Type").orElse(""));
		return charset.find() ? Charset.forName(charset.group(1)) : StandardCharsets.UTF_8;
	}

}
