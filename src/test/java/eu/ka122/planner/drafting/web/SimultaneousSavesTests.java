package eu.ka122.planner.drafting.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.support.ApplicationForms;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.SignIn;
import eu.ka122.planner.support.TestAccounts;
import eu.ka122.planner.support.TestClockConfiguration.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Requests that arrive at the same moment: every one that loses the race gets the page it
 * would get one at a time (the conflict, or the rule's refusal), never a server error.
 */
@IntegrationTest
class SimultaneousSavesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationForms forms;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void twelveSavesOfOneActivityAtOneVersionGiveOneSaveAndElevenConflictsWithWhatWasTyped() throws Exception {
		this.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
		String user = this.accounts.user(Role.COORDINATOR, "ES");
		MockHttpSession owner = SignIn.as(this.mvc, user);
		long id = this.forms.create(owner);
		this.forms.fill(owner, id);
		long activity = this.jdbc.queryForObject("select id from application_activity where application_id = ?",
				Long.class, id);
		long objective = this.jdbc.queryForObject("select id from application_objective where application_id = ?",
				Long.class, id);
		String version = this.forms.version(id);
		List<MockHttpSession> sessions = sessions(user, 12);

		List<MvcTestResult> results = race(12,
				(i) -> this.mvc.post()
					.uri("/coordinator/applications/" + id + "/activities/" + activity)
					.session(sessions.get(i))
					.with(csrf())
					.param("version", version)
					.param("activity.type", "JOB_SHADOWING")
					.param("activity.destinationCountry", "IT")
					.param("activity.participants", String.valueOf(i + 4))
					.param("activity.durationDays", "10")
					.param("activity.travelDays", "2")
					.param("activity.distanceKm", "1365.28")
					.param("objectiveIds", String.valueOf(objective))
					.exchange());

		assertThat(results).allSatisfy(SimultaneousSavesTests::answeredWithoutServerError);
		assertThat(results).filteredOn((r) -> r.getResponse().getStatus() == 302)
			.as("%s", results.stream().map((r) -> r.getResponse().getRedirectedUrl()).toList())
			.hasSize(1);
		for (int i = 0; i < results.size(); i++) {
			MvcTestResult result = results.get(i);
			if (result.getResponse().getStatus() == 200) {
				assertThat(result.getResponse().getContentAsString()).contains("Someone else saved this application")
					.contains("value=\"" + (i + 4) + "\"");
			}
		}
		assertThat(Long.parseLong(this.forms.version(id))).isEqualTo(Long.parseLong(version) + 1);
	}

	@Test
	void tenDraftsOfOneSchoolSubmittedAtOnceGiveOneSubmissionAndNineRefusalsOfTheRule() throws Exception {
		this.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
		String user = this.accounts.user(Role.COORDINATOR, "ES");
		MockHttpSession owner = SignIn.as(this.mvc, user);
		List<Long> drafts = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			long id = this.forms.create(owner);
			this.forms.fill(owner, id);
			drafts.add(id);
		}
		List<MockHttpSession> sessions = sessions(user, 10);

		List<MvcTestResult> results = race(10,
				(i) -> this.mvc.post()
					.uri("/coordinator/applications/" + drafts.get(i) + "/submit")
					.session(sessions.get(i))
					.with(csrf())
					.param("legalRepresentative", "Ana Moreno " + i)
					.param("declarationAccepted", "true")
					.exchange());

		assertThat(results).allSatisfy(SimultaneousSavesTests::answeredWithoutServerError);
		assertThat(results).filteredOn((r) -> r.getResponse().getStatus() == 302)
			.as("%s", results.stream().map((r) -> r.getResponse().getRedirectedUrl()).toList())
			.hasSize(1);
		for (int i = 0; i < results.size(); i++) {
			MvcTestResult result = results.get(i);
			if (result.getResponse().getStatus() == 200) {
				assertThat(result.getResponse().getContentAsString()).contains("The application was not submitted")
					.contains("APP-ONE-PER-ROUND")
					.contains("value=\"Ana Moreno " + i + "\"");
			}
		}
		assertThat(
				this.jdbc.queryForObject("select count(*) from application where id = any(?) and status = 'SUBMITTED'",
						Integer.class, (Object) drafts.toArray(Long[]::new)))
			.isEqualTo(1);
	}

	private static void answeredWithoutServerError(MvcTestResult result) {
		assertThat(result.getUnresolvedException()).isNull();
		assertThat(result.getResponse().getStatus()).isIn(200, 302);
	}

	private List<MockHttpSession> sessions(String user, int count) {
		List<MockHttpSession> sessions = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			sessions.add(SignIn.as(this.mvc, user));
		}
		return sessions;
	}

	/** Fires every request at the same moment and waits for all answers. */
	private static List<MvcTestResult> race(int count, IntFunction<MvcTestResult> request) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch ready = new CountDownLatch(count);
			CountDownLatch start = new CountDownLatch(1);
			List<Future<MvcTestResult>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int n = i;
				futures.add(pool.submit(() -> {
					ready.countDown();
					start.await();
					return request.apply(n);
				}));
			}
			ready.await();
			start.countDown();
			List<MvcTestResult> results = new ArrayList<>();
			for (Future<MvcTestResult> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
