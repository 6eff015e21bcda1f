package eu.ka122.planner.drafting.web;

import java.time.Instant;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.support.ApplicationForms;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.QueryCounter;
import eu.ka122.planner.support.SignIn;
import eu.ka122.planner.support.TestAccounts;
import eu.ka122.planner.support.TestClockConfiguration.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
class ApplicationPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	QueryCounter queries;

	@Autowired
	ApplicationForms forms;

	MockHttpSession session;

	long id;

	@BeforeEach
	void startAnApplication() {
		this.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
		this.session = signIn(this.accounts.user(Role.COORDINATOR, "ES"));
		this.id = this.forms.create(this.session);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void previewsTheBudgetAndFindingsOfAnActivityWhileItIsTypedWithoutSavingIt() {
		assertThat(this.mvc.post()
			.uri("/coordinator/applications/" + this.id + "/activities/preview")
			.session(this.session)
			.with(csrf())
			.header("HX-Request", "true")
			.param("version", "0")
			.param("activity.type", "JOB_SHADOWING")
			.param("activity.destinationCountry", "IT")
			.param("activity.originCity", "Madrid")
			.param("activity.destinationCity", "Rome")
			.param("activity.participants", "3")
			.param("activity.durationDays", "61")).hasStatusOk()
			.bodyText()
			.startsWith("<section id=\"activity-preview\"")
			.contains("Distance computed from the two cities: 1,365.28 km")
			.contains("3 participants × 350 EUR")
			.contains("data-rule=\"ACT-DURATION\"");
		assertThat(this.jdbc.queryForObject("select count(*) from application_activity where application_id = ?",
				Integer.class, this.id))
			.isZero();
	}

	@Test
	void aSubmittedApplicationCanBeWithdrawnAndThenNoLongerCounts() {
		this.jdbc.update(
				"update application set status = 'SUBMITTED', reference = ?, submitted_at = now() where id = ?",
				"2027-1-ES01-KA122-SCH-" + this.id, this.id);
		assertThat(this.mvc.post()
			.uri("/coordinator/applications/" + this.id + "/withdraw")
			.session(this.session)
			.with(csrf())).hasStatus3xxRedirection().hasRedirectedUrl("/coordinator");
		assertThat(this.jdbc.queryForObject("select status from application where id = ?", String.class, this.id))
			.isEqualTo("WITHDRAWN");
		assertThat(this.mvc.get().uri("/coordinator").session(this.session)).bodyText().contains("Withdrawn");
	}

	@Test
	void theDashboardAndTheActivitiesSectionMakeAFixedNumberOfQueriesWhateverTheirSize() {
		addActivity(0);
		long dashboardWithOne = countQueries("/coordinator");
		long activitiesWithOne = countQueries("/coordinator/applications/" + this.id + "/activities");
		for (int i = 1; i < 12; i++) {
			addActivity(i);
		}
		for (int i = 0; i < 5; i++) {
			this.forms.create(this.session);
		}
		assertThat(countQueries("/coordinator")).isEqualTo(dashboardWithOne);
		assertThat(countQueries("/coordinator/applications/" + this.id + "/activities")).isEqualTo(activitiesWithOne);
	}

	private long countQueries(String path) {
		this.queries.reset();
		assertThat(this.mvc.get().uri(path).session(this.session)).hasStatusOk();
		return this.queries.count();
	}

	private void addActivity(int i) {
		assertThat(this.mvc.post()
			.uri("/coordinator/applications/" + this.id + "/activities")
			.session(this.session)
			.with(csrf())
			.param("version", this.forms.version(this.id))
			.param("activity.type", i % 2 == 0 ? "JOB_SHADOWING" : "COURSE")
			.param("activity.destinationCountry", "IT")
			.param("activity.participants", "1")
			.param("activity.durationDays", "5")
			.param("activity.courseTitle", "Course " + i)
			.param("activity.distanceKm", "800")).hasStatus3xxRedirection();
	}

	private MockHttpSession signIn(String username) {
		return SignIn.as(this.mvc, username);
	}

}
