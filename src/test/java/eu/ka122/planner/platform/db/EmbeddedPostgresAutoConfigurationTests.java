package eu.ka122.planner.platform.db;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresAutoConfigurationTests {

	final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(EmbeddedPostgresAutoConfiguration.class, DataSourceAutoConfiguration.class));

	@Test
	void startsARealPostgresqlWhoseDataSurvivesARestart(@TempDir Path data) {
		this.runner.withPropertyValues("ka122.embedded-db.enabled=true", "ka122.embedded-db.data-dir=" + data)
			.run((context) -> {
				JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
				assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
				jdbc.execute("create table note (text varchar(20))");
				jdbc.update("insert into note values ('kept')");
			});
		this.runner.withPropertyValues("ka122.embedded-db.enabled=true", "ka122.embedded-db.data-dir=" + data)
			.run((context) -> {
				JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
				assertThat(jdbc.queryForObject("select text from note", String.class)).isEqualTo("kept");
			});
	}

	@Test
	void startsNothingWhenADatasourceUrlIsConfigured(@TempDir Path data) {
		this.runner
			.withPropertyValues("ka122.embedded-db.enabled=true", "ka122.embedded-db.data-dir=" + data,
					"spring.datasource.url=jdbc:postgresql://db.example:5432/ka122")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(EmbeddedPostgres.class);
				assertThat(context.getBean(JdbcConnectionDetails.class).getJdbcUrl())
					.isEqualTo("jdbc:postgresql://db.example:5432/ka122");
			});
	}

	@Test
	void neverStartsInTheProductionProfile(@TempDir Path data) {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(EmbeddedPostgresAutoConfiguration.class))
			.withPropertyValues("ka122.embedded-db.enabled=true", "ka122.embedded-db.data-dir=" + data,
					"spring.profiles.active=prod")
			.run((context) -> assertThat(context).doesNotHaveBean(EmbeddedPostgres.class)
				.doesNotHaveBean(JdbcConnectionDetails.class));
	}

}
