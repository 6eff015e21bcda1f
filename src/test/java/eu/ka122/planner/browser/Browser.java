package eu.ka122.planner.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;

import eu.ka122.planner.support.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * One headless Chromium and what a journey does with it: open pages, move and type with
 * the keyboard only (Tab, Enter, Space, arrows), check every visited page with axe-core,
 * and keep a screenshot of each key page so a failure can be looked at afterwards.
 */
public final class Browser {

	/** More Tab presses than any page of the app needs to reach its last control. */
	private static final int MAX_TABS = 250;

	/**
	 * The page's text in its own language, for {@link #pageText()}: the title, every
	 * rendered text node outside scripts, styles and text areas, and the labels of
	 * controls, leaving out what is marked with another {@code lang}.
	 */
	private static final String PAGE_TEXT = """
			var lang = document.documentElement.lang;
			var out = [document.title];
			function ours(el) {
			  var marked = el.closest('[lang]');
			  return !marked || marked.lang.split('-')[0] === lang;
			}
			function shown(el) {
			  return (el.closest('select') || el).checkVisibility({ visibilityProperty: true });
			}
			var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (var node = walker.nextNode(); node; node = walker.nextNode()) {
			  var el = node.parentElement;
			  if (el && !el.closest('script, style, template, textarea') && ours(el) && shown(el)) {
			    out.push(node.nodeValue);
			  }
			}
			document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt], input[type=submit], input[type=button]')
			  .forEach(function (el) {
			    if (!ours(el) || !shown(el)) {
			      return;
			    }
			    ['aria-label', 'title', 'placeholder', 'alt'].forEach(function (name) {
			      if (el.hasAttribute(name)) {
			        out.push(el.getAttribute(name));
			      }
			    });
			    if (el.matches('input[type=submit], input[type=button]')) {
			      out.push(el.value);
			    }
			  });
			return out.join('\\n');
			""";

	private final ChromeDriver driver;

	private final String baseUrl;

	private final boolean javascript;

	private final Path downloads;

	private final Path profile;

	private long started = System.currentTimeMillis();

	private final Map<String, byte[]> keyPages = new LinkedHashMap<>();

	private final Map<String, String> keyPageSources = new LinkedHashMap<>();

	/** The language every key page must be in, if the journey said so. */
	private PageLanguage expected;

	/** Names and texts of the users, in whatever language they wrote them. */
	private final List<String> ownTexts = new ArrayList<>();

	private Browser(ChromeDriver driver, String baseUrl, boolean javascript, Path downloads, Path profile) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.javascript = javascript;
		this.downloads = downloads;
		this.profile = profile;
	}

	/**
	 * A browser set to the language of that tag: Chromium's own language (dates, the
	 * browser's controls) and the {@code Accept-Language} it sends. English is the
	 * British one, as the app writes it.
	 */
	static Browser start(Path chromium, Path chromedriver, String baseUrl, boolean javascript, String language) {
		try {
			Path profile = Files.createTempDirectory("ka122-chromium-profile");
			Path downloads = Files.createTempDirectory("ka122-chromium-downloads");
			// The system's driver, named explicitly: Selenium Manager never looks for or
			// downloads one.
			System.setProperty("webdriver.chrome.driver", chromedriver.toString());
			ChromeOptions options = new ChromeOptions();
			options.setBinary(chromium.toFile());
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--window-size=1280,1024",
					"--lang=" + ("en".equals(language) ? "en-GB" : language), "--user-data-dir=" + profile);
			Map<String, Object> prefs = new HashMap<>();
			prefs.put("download.default_directory", downloads.toString());
			prefs.put("download.prompt_for_download", false);
			prefs.put("plugins.always_open_pdf_externally", true);
			prefs.put("intl.accept_languages", "en".equals(language) ? "en-GB,en" : language);
			options.setExperimentalOption("prefs", prefs);
			options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
			Browser browser = new Browser(driver, baseUrl, javascript, downloads, profile);
			browser.pageScripts(javascript);
			return browser;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public boolean javascript() {
		return this.javascript;
	}

	public WebDriver driver() {
		return this.driver;
	}

	public String baseUrl() {
		return this.baseUrl;
	}

	// ---------------------------------------------------------------- pages

	public Browser open(String path) {
		this.driver.get(this.baseUrl + path);
		return this;
	}

	/**
	 * Forgets the session and signs in on the login page with the test password, keyboard
	 * only.
	 */
	public Browser signIn(String username) {
		this.driver.manage().deleteAllCookies();
		open("/login");
		return type(By.id("username"), username).type(By.id("password"), TestAccounts.PASSWORD)
			.follow(By.cssSelector("main form button[type=submit]"));
	}

	/** The path (and query) of the page shown, without the host. */
	public String path() {
		URI uri = URI.create(this.driver.getCurrentUrl());
		return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
	}

	/**
	 * A key page of the journey: keeps its screenshot for a failure report and fails on
	 * any serious or critical accessibility violation.
	 */
	public Browser page(String name) {
		waitUntil((d) -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
		String key = String.format("%02d-%s", this.keyPages.size() + 1, name);
		System.out.printf("[browser] %s %s at %d ms%n", key, path(), System.currentTimeMillis() - this.started);
		this.keyPages.put(key, this.driver.getScreenshotAs(OutputType.BYTES));
		this.keyPageSources.put(key, this.driver.getPageSource());
		List<String> violations;
		// Without JavaScript, scripts run only for axe itself: the page's own scripts
		// were
		// skipped when it loaded and stay so.
		pageScripts(true);
		try {
			violations = Axe.seriousViolations(this.driver);
		}
		finally {
			pageScripts(this.javascript);
		}
		assertThat(violations).as("axe-core (WCAG 2.1 AA, impact serious or critical) on %s (%s)", name, path())
			.isEmpty();
		assertThat(scriptErrors()).as("errors in the browser console on %s (%s)", name, path()).isEmpty();
		if (this.expected != null) {
			assertThat(find(By.tagName("html")).getAttribute("lang")).as("language of %s (%s)", name, path())
				.isEqualTo(this.expected.tag());
			assertThat(this.expected.englishIn(pageText(), this.ownTexts))
				.as("English left on %s (%s), in %s", name, path(), this.expected.tag())
				.isEmpty();
		}
		return this;
	}

	/**
	 * From now on every key page must be in that language: its {@code <html lang>}, and
	 * no English word or number on it (see {@link PageLanguage#englishIn}).
	 */
	public Browser expectPagesIn(PageLanguage language) {
		this.expected = language;
		return this;
	}

	/**
	 * Names and texts that stay as their owners wrote them (people, schools, what was
	 * typed through the API). What is typed in the browser counts as such by itself.
	 */
	public Browser own(String... texts) {
		this.ownTexts.addAll(List.of(texts));
		return this;
	}

	/**
	 * What a reader of the page sees or hears in the page's language: its title, the text
	 * of every rendered element (visually hidden ones included, screen readers read them)
	 * and its labels, titles, placeholders and alternative texts. Parts marked with a
	 * language of their own ({@code lang}, as the language switcher's names are) and the
	 * content of text areas (what the user wrote) are left out.
	 */
	public String pageText() {
		return (String) this.driver.executeScript(PAGE_TEXT);
	}

	/**
	 * Chooses a language with the header's switcher, keyboard only (arrows, then its
	 * button), unless the page is in it already.
	 */
	public Browser chooseLanguage(String tag) {
		if (!tag.equals(find(By.tagName("html")).getAttribute("lang"))) {
			select(By.id("lang-switch"), tag).follow(By.cssSelector("form:has(#lang-switch) button[type=submit]"));
		}
		assertThat(find(By.tagName("html")).getAttribute("lang")).as("page language after the switch").isEqualTo(tag);
		return this;
	}

	/**
	 * Severe entries of the browser console since the last call (script errors, failed
	 * loads).
	 */
	public List<String> scriptErrors() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			// the app has no icon; browsers ask for one anyway
			.filter((message) -> !message.contains("/favicon.ico"))
			// a preview replaced by a newer one while typing (hx-sync="this:replace"):
			// htmx
			// logs the aborted request as an error
			.filter((message) -> !message.contains("\"htmx:sendAbort\"") && !message.contains("\"htmx:afterRequest\""))
			.toList();
	}

	/**
	 * Switches script execution of the tab (DevTools emulation, which lasts across
	 * navigations); WebDriver's own scripts run either way.
	 */
	private void pageScripts(boolean enabled) {
		if (!this.javascript) {
			this.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
		}
	}

	public WebElement find(By by) {
		return this.driver.findElement(by);
	}

	public List<WebElement> findAll(By by) {
		return this.driver.findElements(by);
	}

	public String text(By by) {
		return find(by).getText();
	}

	public String bodyText() {
		return text(By.tagName("body"));
	}

	/**
	 * Waits until the condition holds; an element that htmx replaced while the condition
	 * looked at it only means asking again.
	 */
	public <T> T waitUntil(Function<WebDriver, T> condition) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
			.until(condition);
	}

	public WebElement focused() {
		return this.driver.switchTo().activeElement();
	}

	// ---------------------------------------------------------------- keyboard

	/** Presses Tab until the element has the focus; fails if Tab never gets there. */
	public WebElement tabTo(By by) {
		WebElement target = find(by);
		for (int i = 0; i < MAX_TABS; i++) {
			if (focused().equals(target)) {
				return target;
			}
			press(Keys.TAB);
		}
		return fail("%s cannot be reached with the Tab key on %s", by, path());
	}

	/** Tab to a link or button and press Enter. */
	public Browser activate(By by) {
		tabTo(by);
		press(Keys.ENTER);
		return this;
	}

	/** Tab to a link or button that loads another page, press Enter and wait for it. */
	public Browser follow(By by) {
		tabTo(by);
		return pressForNewPage(Keys.ENTER);
	}

	/**
	 * Presses Enter on a link or button without tabbing to it, and waits for the page it
	 * leads to (for tests that are not about the keyboard).
	 */
	public Browser enter(By by) {
		WebElement page = find(By.tagName("html"));
		find(by).sendKeys(Keys.ENTER);
		return waitForNewPage(page);
	}

	/** Presses the keys and waits until the browser shows the page they lead to. */
	public Browser pressForNewPage(CharSequence... keys) {
		WebElement page = find(By.tagName("html"));
		press(keys);
		return waitForNewPage(page);
	}

	/**
	 * Waits until the old page's root is gone and the new page has loaded. While a page
	 * is being replaced, Chromium may answer a question about the old root with "node
	 * does not belong to the document" instead of a stale-element error: both mean the
	 * old page is gone.
	 */
	private Browser waitForNewPage(WebElement oldPage) {
		waitUntil((d) -> {
			try {
				oldPage.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException ex) {
				return true;
			}
			catch (WebDriverException ex) {
				if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
					return true;
				}
				throw ex;
			}
		});
		waitUntil((d) -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
		return this;
	}

	/** Tab to a text field, replace its content by typing. */
	public Browser type(By by, String text) {
		WebElement field = tabTo(by);
		if ("date".equals(field.getAttribute("type"))) {
			// Typed in the order of the browser's locale; the ISO value is checked below.
			String[] ymd = text.split("-");
			@SuppressWarnings("unchecked")
			List<String> order = (List<String>) ((JavascriptExecutor) this.driver)
				.executeScript("return new Intl.DateTimeFormat().formatToParts(new Date(2027, 8, 1))"
						+ ".filter(function (p) { return p.type !== 'literal'; }).map(function (p) { return p.type; });");
			Map<String, String> parts = Map.of("year", ymd[0], "month", ymd[1], "day", ymd[2]);
			press(String.join("", order.stream().map(parts::get).toList()));
			assertThat(field.getDomProperty("value")).as("date typed into %s", by).isEqualTo(text);
			return this;
		}
		new Actions(this.driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
		press(Keys.DELETE);
		if (!text.isEmpty()) {
			press(text);
		}
		assertThat(field.getDomProperty("value")).as("text typed into %s", by).isEqualTo(text);
		this.ownTexts.add(text);
		return this;
	}

	/** Tab to a select and move with the arrow keys to the option of that value. */
	public Browser select(By by, String value) {
		WebElement field = tabTo(by);
		Select select = new Select(field);
		List<String> values = select.getOptions().stream().map((o) -> o.getAttribute("value")).toList();
		int target = values.indexOf(value);
		assertThat(target).as("option %s of %s", value, by).isNotNegative();
		int current = values.indexOf(field.getDomProperty("value"));
		Keys direction = target > current ? Keys.ARROW_DOWN : Keys.ARROW_UP;
		for (int i = 0; i < Math.abs(target - current); i++) {
			press(direction);
		}
		assertThat(field.getDomProperty("value")).as("value chosen with arrow keys in %s", by).isEqualTo(value);
		return this;
	}

	/** Tab to a checkbox and set it with the space bar. */
	public Browser check(By by, boolean checked) {
		WebElement box = tabTo(by);
		if (box.isSelected() != checked) {
			press(Keys.SPACE);
		}
		assertThat(box.isSelected()).as("checkbox %s", by).isEqualTo(checked);
		return this;
	}

	/** Tab into the radio group and move with the arrow keys to the radio. */
	public Browser choose(By by) {
		WebElement radio = find(by);
		String name = radio.getAttribute("name");
		for (int i = 0; i < MAX_TABS && !name.equals(focused().getAttribute("name")); i++) {
			press(Keys.TAB);
		}
		assertThat(focused().getAttribute("name")).as("radio group %s reached with Tab", name).isEqualTo(name);
		for (int i = 0; i < 20 && !focused().equals(radio); i++) {
			press(Keys.ARROW_DOWN);
		}
		if (!radio.isSelected()) {
			press(Keys.SPACE);
		}
		assertThat(radio.isSelected()).as("radio %s chosen with the keyboard", by).isTrue();
		return this;
	}

	public Browser press(CharSequence... keys) {
		new Actions(this.driver).sendKeys(keys).perform();
		return this;
	}

	// ---------------------------------------------------------------- downloads

	/** Waits for a finished download whose name ends so, and returns its path. */
	public Path downloaded(String suffix) {
		return waitUntil((d) -> {
			try (Stream<Path> files = Files.list(this.downloads)) {
				return files.filter((f) -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	// ---------------------------------------------------------------- lifecycle

	void reset() {
		this.started = System.currentTimeMillis();
		this.keyPages.clear();
		this.keyPageSources.clear();
		this.expected = null;
		this.ownTexts.clear();
		this.driver.get(this.baseUrl + "/css/app.css");
		this.driver.manage().deleteAllCookies();
		clear(this.downloads);
	}

	void saveKeyPages(Path folder) {
		try {
			Files.createDirectories(folder);
			try {
				this.keyPages.put("failure", ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
				this.keyPageSources.put("failure", this.driver.getPageSource());
			}
			catch (RuntimeException ex) {
				// the browser itself failed: save what was kept
			}
			for (var page : this.keyPages.entrySet()) {
				Files.write(folder.resolve(page.getKey() + ".png"), page.getValue());
			}
			for (var source : this.keyPageSources.entrySet()) {
				Files.writeString(folder.resolve(source.getKey() + ".html"), source.getValue(), StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void quit() {
		this.driver.quit();
		clear(this.downloads);
		clear(this.profile);
	}

	private static void clear(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			List<Path> all = new ArrayList<>(files.toList());
			java.util.Collections.reverse(all);
			for (Path file : all) {
				if (!file.equals(folder)) {
					Files.deleteIfExists(file);
				}
			}
		}
		catch (IOException ex) {
			// a locked file in a temporary folder is not worth a failed test
		}
	}

}
