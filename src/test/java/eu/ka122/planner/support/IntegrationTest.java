package eu.ka122.planner.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole app on real PostgreSQL, with MockMvc. Contexts are cached, so keep the
 * properties the same.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "ka122.demo.enabled=false", "ka122.embedded-db.enabled=false" })
@AutoConfigureMockMvc
@Import({ TestDatabase.class, TestClockConfiguration.class, TestAccounts.class, Submitter.class,
		ApplicationForms.class })
public @interface IntegrationTest {

}
