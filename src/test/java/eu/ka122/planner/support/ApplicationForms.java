package eu.ka122.planner.support;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A coordinator's application written through the real pages, for tests of what the pages
 * and the submission do: created, filled and submitted with the session of a signed-in
 * coordinator. Where the route does not matter, {@link Submitter} is quicker.
 */
@TestComponent
public class ApplicationForms {

	private final MockMvcTester mvc;

	private final JdbcTemplate jdbc;

	public ApplicationForms(MockMvcTester mvc, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	/** A new draft in call 2027, round 1. */
	public long create(MockHttpSession session) {
		return create(session, "2027-1");
	}

	/** A new draft in the call given as year and round, such as {@code 2027-1}. */
	public long create(MockHttpSession session, String call) {
		MvcTestResult created = this.mvc.post()
			.uri("/coordinator/applications")
			.session(session)
			.with(csrf())
			.param("call", call)
			.exchange();
		assertThat(created).hasStatus3xxRedirection();
		String location = created.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/** Fills the draft to be ready to submit, starting on 1 September 2027. */
	public void fill(MockHttpSession session, long id) {
		fill(session, id, "2027-09-01");
	}

	/**
	 * Fills the draft to be ready to submit: 12 months in Spanish from the start date,
	 * "Inclusive schools" with one objective, one job shadowing to Italy for 3
	 * participants (1 with fewer opportunities), 10 days and 2 travel days over 1365.28
	 * km, and the follow-up.
	 */
	public void fill(MockHttpSession session, long id, String projectStart) {
		post(session, id, "/context", "version", version(id), "projectStart", projectStart, "durationMonths", "12",
				"language", "es");
		post(session, id, "/description", "version", version(id), "title", "Inclusive schools", "background",
				"Our school wants to learn inclusive methods.", "objectives[0]", "Learn inclusive teaching");
		Long objective = this.jdbc.queryForObject(
				"select id from application_objective where application_id = ? order by position limit 1", Long.class,
				id);
		post(session, id, "/activities", "version", version(id), "activity.type", "JOB_SHADOWING",
				"activity.destinationCountry", "IT", "activity.participants", "3",
				"activity.participantsWithFewerOpportunities", "1", "activity.durationDays", "10",
				"activity.travelDays", "2", "activity.distanceKm", "1365.28", "objectiveIds", objective.toString());
		post(session, id, "/follow-up", "version", version(id), "integration", "Staff training plan", "evaluation",
				"Surveys", "dissemination", "Website", "visibility", "EU logo");
	}

	/**
	 * Submits, signed by Ana García with the declaration accepted; the result is the
	 * caller's to check, as a refused submission is what some tests are about.
	 */
	public MvcTestResult submit(MockHttpSession session, long id) {
		return this.mvc.post()
			.uri("/coordinator/applications/" + id + "/submit")
			.session(session)
			.with(csrf())
			.param("legalRepresentative", "Ana García")
			.param("declarationAccepted", "true")
			.exchange();
	}

	/**
	 * Posts name-value pairs to a page of the application, such as {@code /context}, and
	 * asserts that it was saved (a redirect).
	 */
	public void post(MockHttpSession session, long id, String path, String... params) {
		var request = this.mvc.post().uri("/coordinator/applications/" + id + path).session(session).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		assertThat(request).as(path).hasStatus3xxRedirection();
	}

	/** The application's current version, as a form sends it. */
	public String version(long id) {
		return String.valueOf(this.jdbc.queryForObject("select version from application where id = ?", Long.class, id));
	}

}
