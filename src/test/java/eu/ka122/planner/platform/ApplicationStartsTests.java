package eu.ka122.planner.platform;

import java.util.Arrays;

import eu.ka122.planner.support.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ApplicationStartsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Flyway flyway;

	@Test
	void reportsHealthUpWithTheDatabaseIncluded() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void appliesEveryMigrationToAnEmptyDatabaseAndHibernateValidatesTheSchema() throws Exception {
		// The context only starts when ddl-auto=validate accepts the migrated schema.
		int files = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql").length;
		var applied = Arrays.stream(this.flyway.info().applied())
			.filter((m) -> m.getState() == MigrationState.SUCCESS)
			.count();
		assertThat(files).isPositive();
		assertThat(applied).isEqualTo(files);
	}

	@Test
	void servesThePublicStartPageAndTheLoginPage() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk().bodyText().contains("KA122 Planner");
		assertThat(this.mvc.get().uri("/login")).hasStatusOk().bodyText().contains("name=\"password\"");
	}

}
