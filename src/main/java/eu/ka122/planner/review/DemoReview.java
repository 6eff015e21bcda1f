package eu.ka122.planner.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.drafting.Applications;
import eu.ka122.planner.review.domain.Criterion;
import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.PlannedActivity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo submissions on the first local start, after the demo accounts: four schools submit
 * in the open round through the drafting API (so their review cases open as for any
 * submission), and the demo expert has already declared and scored two of the Spanish
 * ones. Officers can then assign, score, rank and decide at once. Never in production,
 * and only while a round is open (the drafting rules refuse a submission after the
 * deadline).
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty(name = "ka122.demo.enabled", matchIfMissing = true)
@Order(10)
class DemoReview implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoReview.class);

	private final Applications applications;

	private final Assessments assessments;

	private final UserDetailsService users;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoReview(Applications applications, Assessments assessments, UserDetailsService users, JdbcClient jdbc,
			Clock clock) {
		this.applications = applications;
		this.assessments = assessments;
		this.users = users;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		// Each step is its own transaction, as when a coordinator clicks through the
		// forms: every
		// save checks the version the previous one left.
		try {
			seed();
		}
		catch (RuntimeException ex) {
			// A closed round or changed demo data must not stop the application from
			// starting.
			log.info("No demo submissions: {}", ex.getMessage());
		}
	}

	private void seed() {
		if (!exists("coordinator.es2") || hasApplications("coordinator.es2")) {
			return;
		}
		var round = this.applications.openRounds(principal("coordinator.es2"))
			.stream()
			.filter((r) -> r.round() == 1)
			.findFirst();
		if (round.isEmpty()) {
			log.info("No demo submissions: no first round is open on {}", LocalDate.now(this.clock));
			return;
		}
		int year = round.get().callYear();
		long es2 = submit("coordinator.es2", year, "Digital storytelling across Europe",
				activity(ActivityType.JOB_SHADOWING, "FI", 3, 10, "2950.40"),
				activity(ActivityType.COURSE, "IE", 2, 7, "1450.10"));
		long es3 = submit("coordinator.es3", year, "Green schools, shared ideas",
				activity(ActivityType.GROUP_PUPIL_MOBILITY, "PT", 12, 7, "502.70").withAccompanyingPersons(2),
				activity(ActivityType.JOB_SHADOWING, "DE", 2, 5, "1870.00"));
		submit("coordinator.es4", year, "Inclusion through music", activity(ActivityType.COURSE, "AT", 2, 6, "1810.60"),
				activity(ActivityType.JOB_SHADOWING, "IT", 4, 10, "1365.28"));
		submit("coordinator.it2", year, "Teaching science by doing",
				activity(ActivityType.JOB_SHADOWING, "ES", 3, 12, "1365.28"));
		AccountPrincipal officer = principal("officer.es");
		AccountPrincipal expert = principal("assessor.es");
		score(officer, expert, es2, 17, 41, 25);
		score(officer, expert, es3, 14, 33, 19);
		log.info("Seeded 4 demo submissions in call {} round 1", year);
	}

	private void score(AccountPrincipal officer, AccountPrincipal expert, long applicationId, int relevance, int design,
			int followUp) {
		this.assessments.assign(officer, applicationId, expert.id());
		long assignment = this.assessments.mine(expert)
			.stream()
			.filter((a) -> a.applicationId() == applicationId)
			.findFirst()
			.orElseThrow()
			.id();
		this.assessments.declare(expert, assignment, false);
		this.assessments.score(expert, assignment, null,
				Map.of(Criterion.RELEVANCE, relevance, Criterion.PROJECT_DESIGN, design, Criterion.FOLLOW_UP, followUp),
				Map.of(Criterion.RELEVANCE,
						"The needs analysis is concrete and linked to the school's development plan.",
						Criterion.PROJECT_DESIGN,
						"Activities fit the objectives; the hosting partners are well chosen.", Criterion.FOLLOW_UP,
						"Sharing with other schools could be more specific."));
	}

	private long submit(String username, int year, String title, PlannedActivity... activities) {
		AccountPrincipal user = principal(username);
		long id = this.applications.create(user, year, 1);
		this.applications.updateContext(user, id, version(id), LocalDate.of(year, 9, 1), 12, "en");
		this.applications.updateDescription(user, id, version(id), title,
				"Our staff and pupils need new methods and contacts abroad; this project answers the needs found in "
						+ "our school development plan.",
				List.of("Train teachers in new methods", "Open the school to European partners"));
		long objective = this.jdbc
			.sql("select id from application_objective where application_id = ? order by position limit 1")
			.param(id)
			.query(Long.class)
			.single();
		for (PlannedActivity activity : activities) {
			this.applications.saveActivity(user, id, null, version(id), activity, null, Set.of(objective));
		}
		this.applications.updateFollowUp(user, id, version(id),
				new Applications.FollowUp("Results feed the staff training plan.", "Surveys before and after.",
						"School website and regional teacher network.", "EU emblem on every output.", true, true, false,
						false, "Partner schools meet on eTwinning.", null));
		this.applications.submit(user, id, user.displayName(), true);
		return id;
	}

	private static PlannedActivity activity(ActivityType type, String country, int participants, int days,
			String distance) {
		return PlannedActivity.of(type, country, participants, days).withTravelDays(2).withDistanceKm(distance);
	}

	private AccountPrincipal principal(String username) {
		return (AccountPrincipal) this.users.loadUserByUsername(username);
	}

	private boolean exists(String username) {
		return this.jdbc.sql("select count(*) from app_user where username = ?")
			.param(username)
			.query(Long.class)
			.single() > 0;
	}

	private boolean hasApplications(String username) {
		return this.jdbc
			.sql("select count(*) from application a join app_user u on u.organisation_id = a.organisation_id "
					+ "where u.username = ?")
			.param(username)
			.query(Long.class)
			.single() > 0;
	}

	private long version(long id) {
		return this.jdbc.sql("select version from application where id = ?").param(id).query(Long.class).single();
	}

}
