package eu.ka122.planner.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.Locale;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The one place that decides which real PostgreSQL the tests use: Testcontainers'
 * {@code postgres:17} where a Docker engine answers, the embedded PostgreSQL (same
 * binaries as local runs) where not.
 * {@code -Dka122.test.database=testcontainers|embedded} (or {@code KA122_TEST_DATABASE})
 * forces either. Both are started once per JVM and shared by every test context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

	static final String MODE_PROPERTY = "ka122.test.database";

	@Bean
	@ServiceConnection
	@Conditional(UseTestcontainers.class)
	PostgreSQLContainer postgresContainer() {
		return Containers.POSTGRES;
	}

	@Bean
	@Conditional(UseEmbedded.class)
	JdbcConnectionDetails embeddedPostgresConnectionDetails() {
		String url = Embedded.INSTANCE.getJdbcUrl("postgres", "postgres");
		return new JdbcConnectionDetails() {
			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return "postgres";
			}

			@Override
			public String getJdbcUrl() {
				return url;
			}
		};
	}

	/** Which database this JVM's tests run on; logged by the build so a reader knows. */
	public static boolean useTestcontainers(String forced) {
		String mode = (forced == null ? "auto" : forced).toLowerCase(Locale.ROOT);
		return switch (mode) {
			case "testcontainers" -> true;
			case "embedded" -> false;
			default -> DockerAvailability.AVAILABLE;
		};
	}

	private static String forcedMode(ConditionContext context) {
		String fromEnvironment = context.getEnvironment().getProperty(MODE_PROPERTY);
		return fromEnvironment != null ? fromEnvironment : System.getenv("KA122_TEST_DATABASE");
	}

	static class UseTestcontainers implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return useTestcontainers(forcedMode(context));
		}

	}

	static class UseEmbedded implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !useTestcontainers(forcedMode(context));
		}

	}

	private static final class DockerAvailability {

		static final boolean AVAILABLE = check();

		private static boolean check() {
			try {
				return DockerClientFactory.instance().isDockerAvailable();
			}
			catch (RuntimeException | LinkageError ex) {
				return false;
			}
		}

	}

	private static final class Containers {

		static final PostgreSQLContainer POSTGRES = start();

		@SuppressWarnings("resource") // lives as long as the test JVM; Ryuk removes it
		private static PostgreSQLContainer start() {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17");
			container.start();
			return container;
		}

	}

	private static final class Embedded {

		static final EmbeddedPostgres INSTANCE = start();

		private static EmbeddedPostgres start() {
			try {
				// A fresh, throw-away data directory: tests never touch a developer's
				// local data.
				return EmbeddedPostgres.builder()
					.setDataDirectory(Files.createTempDirectory("ka122-test-pg"))
					.setCleanDataDirectory(true)
					.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
