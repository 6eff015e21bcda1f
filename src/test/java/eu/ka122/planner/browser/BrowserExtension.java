package eu.ka122.planner.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.platform.commons.support.AnnotationSupport;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts one headless Chromium per test class (lazily, on the first test that asks for a
 * {@link Browser}), signs it out before each test, writes the screenshots of the key
 * pages of a failed test under {@code target/browser-screenshots}, and quits it after the
 * class.
 * <p>
 * Without Chromium and chromedriver the class is disabled, which JUnit and Surefire
 * report as skipped, never as passed. {@code -Dka122.browser.chromium=PATH} and
 * {@code -Dka122.browser.chromedriver=PATH} (or {@code KA122_CHROMIUM} and
 * {@code KA122_CHROMEDRIVER}) point elsewhere than {@code /usr/bin}.
 */
public class BrowserExtension
		implements ExecutionCondition, ParameterResolver, BeforeEachCallback, TestWatcher, AfterAllCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	static final Path SCREENSHOTS = Paths.get(System.getProperty("ka122.build.dir", "target"), "browser-screenshots");

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		Path chromium = executable("ka122.browser.chromium", "KA122_CHROMIUM", "/usr/bin/chromium");
		Path driver = executable("ka122.browser.chromedriver", "KA122_CHROMEDRIVER", "/usr/bin/chromedriver");
		if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
			return ConditionEvaluationResult.disabled("No Chromium at " + chromium + " or no chromedriver at " + driver
					+ ": browser tests skipped. Install them (Debian: apt-get install chromium chromium-driver) "
					+ "or point -Dka122.browser.chromium and -Dka122.browser.chromedriver at them.");
		}
		return ConditionEvaluationResult.enabled("Chromium at " + chromium);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return browser(context);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		Browser browser = existing(context);
		if (browser != null) {
			browser.reset();
		}
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		Browser browser = existing(context);
		if (browser != null) {
			Path folder = SCREENSHOTS.resolve(context.getRequiredTestClass().getSimpleName())
				.resolve(context.getRequiredTestMethod().getName());
			browser.saveKeyPages(folder);
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		Browser browser = existing(context);
		if (browser != null) {
			browser.quit();
		}
	}

	private static Browser browser(ExtensionContext context) {
		ExtensionContext classContext = classContext(context);
		return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(Browser.class, (key) -> {
			var settings = AnnotationSupport.findAnnotation(classContext.getRequiredTestClass(), BrowserTest.class);
			boolean javascript = settings.map(BrowserTest::javascript).orElse(true);
			String language = settings.map(BrowserTest::language).orElse("en");
			String port = SpringExtension.getApplicationContext(context)
				.getEnvironment()
				.getRequiredProperty("local.server.port");
			Browser started = Browser.start(executable("ka122.browser.chromium", "KA122_CHROMIUM", "/usr/bin/chromium"),
					executable("ka122.browser.chromedriver", "KA122_CHROMEDRIVER", "/usr/bin/chromedriver"),
					"http://localhost:" + port, javascript, language);
			started.reset();
			return started;
		}, Browser.class);
	}

	private static Browser existing(ExtensionContext context) {
		return classContext(context).getStore(NAMESPACE).get(Browser.class, Browser.class);
	}

	private static ExtensionContext classContext(ExtensionContext context) {
		ExtensionContext current = context;
		while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
			current = current.getParent().get();
		}
		return current;
	}

	private static Path executable(String property, String environment, String fallback) {
		String configured = System.getProperty(property, System.getenv(environment));
		return Paths.get((configured == null || configured.isBlank()) ? fallback : configured);
	}

}
