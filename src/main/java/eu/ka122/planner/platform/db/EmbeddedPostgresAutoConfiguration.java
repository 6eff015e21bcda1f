package eu.ka122.planner.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Profile;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL from Maven Central binaries when no datasource is configured,
 * so that {@code ./mvnw spring-boot:run} works on a machine with only a JDK. It is an
 * auto-configuration (not a plain configuration class) so that it is evaluated after
 * every user and test configuration: a test's Testcontainers connection or an explicit
 * {@code spring.datasource.url} always wins. Never in {@code prod}.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass(EmbeddedPostgres.class)
@ConditionalOnBooleanProperty(name = "ka122.embedded-db.enabled", matchIfMissing = true)
@Conditional(EmbeddedPostgresAutoConfiguration.NoDatasourceUrl.class)
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@Profile("!prod")
public class EmbeddedPostgresAutoConfiguration {

	static final String DATABASE = "ka122";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${ka122.embedded-db.data-dir}") Path dataDirectory,
			@Value("${ka122.embedded-db.port:0}") int port) throws IOException, SQLException {
		Files.createDirectories(dataDirectory);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setPGStartupWait(Duration.ofSeconds(60));
		if (port > 0) {
			builder.setPort(port);
		}
		EmbeddedPostgres postgres = builder.start();
		createDatabaseIfMissing(postgres);
		log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDirectory);
		return postgres;
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
		return connectionDetails(postgres.getJdbcUrl("postgres", DATABASE));
	}

	static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, DATABASE);
			try (var result = exists.executeQuery()) {
				if (!result.next()) {
					try (var create = connection.createStatement()) {
						create.execute("create database " + DATABASE);
					}
				}
			}
		}
	}

	static JdbcConnectionDetails connectionDetails(String jdbcUrl) {
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
				return jdbcUrl;
			}
		};
	}

	/**
	 * An explicit {@code spring.datasource.url} (e.g. {@code SPRING_DATASOURCE_URL})
	 * means: use that server.
	 */
	static class NoDatasourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
