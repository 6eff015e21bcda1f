package eu.ka122.planner.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import eu.ka122.planner.support.Submitter;
import eu.ka122.planner.support.TestAccounts;
import eu.ka122.planner.support.TestClockConfiguration;
import eu.ka122.planner.support.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The whole app on a random port and real PostgreSQL, driven by the system's headless
 * Chromium. One browser per test class; every test starts signed out. On a machine
 * without Chromium and chromedriver the class is reported as skipped (see
 * {@link BrowserExtension}). All browser test classes share one Spring context: keep the
 * properties the same.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@ExtendWith(BrowserExtension.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "ka122.demo.enabled=false", "ka122.embedded-db.enabled=false" })
@Import({ TestDatabase.class, TestClockConfiguration.class, TestAccounts.class, Submitter.class })
public @interface BrowserTest {

	/** {@code false} runs the class with JavaScript switched off in the browser. */
	boolean javascript() default true;

	/**
	 * The browser's language ({@code --lang} and {@code Accept-Language}), as a reader
	 * whose browser speaks it arrives; {@code en} is British English.
	 */
	String language() default "en";

}
