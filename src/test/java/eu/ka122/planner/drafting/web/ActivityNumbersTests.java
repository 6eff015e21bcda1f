package eu.ka122.planner.drafting.web;

import java.math.BigDecimal;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.support.ApplicationForms;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.SignIn;
import eu.ka122.planner.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The activity form's numbers in the coordinator's language: a German school types the
 * distance as {@code 1.365,28}; on a French page {@code 1.5} participants and a distance
 * of {@code 1365.28} (a point where French writes a comma) are refused at their fields
 * and shown again as typed; the form shows numbers as the page's language writes them.
 */
@IntegrationTest
class ActivityNumbersTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApplicationForms forms;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aGermanSchoolsDistanceWithADecimalCommaIsReadAsTyped() {
		MockHttpSession coordinator = SignIn.as(this.mvc, this.accounts.user(Role.COORDINATOR, "DE"));
		long id = this.forms.create(coordinator);

		assertThat(activity(coordinator, id, "de", "3", "1.365,28")).hasStatus3xxRedirection();

		assertThat(this.jdbc.queryForObject("select distance_km from application_activity where application_id = ?",
				BigDecimal.class, id))
			.isEqualByComparingTo("1365.28");
		long activity = this.jdbc.queryForObject("select id from application_activity where application_id = ?",
				Long.class, id);
		assertThat(this.mvc.get()
			.uri("/coordinator/applications/" + id + "/activities/" + activity)
			.session(coordinator)
			.header("Accept-Language", "de")).bodyText().contains("value=\"1365,28\"");
	}

	@Test
	void aNumberTheLanguageWouldMisreadIsRefusedAtItsFieldAndKept() {
		MockHttpSession coordinator = SignIn.as(this.mvc, this.accounts.user(Role.COORDINATOR, "FR"));
		long id = this.forms.create(coordinator);

		var refused = activity(coordinator, id, "fr", "1.5", "1365.28");

		assertThat(refused).hasStatusOk();
		assertThat(refused).bodyText()
			.contains("error-summary", "href=\"#activity-participants\"", "href=\"#activity-distanceKm\"",
					"value=\"1.5\"", "value=\"1365.28\"");
		assertThat(this.jdbc.queryForObject("select count(*) from application_activity where application_id = ?",
				Integer.class, id))
			.isZero();
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult activity(MockHttpSession session, long id,
			String language, String participants, String distance) {
		return this.mvc.post()
			.uri("/coordinator/applications/" + id + "/activities")
			.session(session)
			.with(csrf())
			.header("Accept-Language", language)
			.param("version", this.forms.version(id))
			.param("activity.type", "JOB_SHADOWING")
			.param("activity.destinationCountry", "IT")
			.param("activity.participants", participants)
			.param("activity.participantsWithFewerOpportunities", "0")
			.param("activity.durationDays", "10")
			.param("activity.travelDays", "2")
			.param("activity.distanceKm", distance)
			.exchange();
	}

}
