package eu.ka122.planner.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.drafting.Applications;
import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.PlannedActivity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Submitted applications for tests of what comes after submission: a new organisation of
 * the country with its coordinator, an application filled through the drafting API and
 * submitted in call 2027, round 1. Set the test clock before the deadline first.
 */
@Component
public class Submitter {

	/**
	 * What every application of the submitter says, in English (as many schools write
	 * them): title, background, objective and the four follow-up texts.
	 */
	public static final List<String> TEXTS = List.of("Inclusive schools",
			"Our school wants to learn inclusive methods.", "Learn inclusive teaching", "Staff training plan",
			"Surveys", "Website", "EU logo");

	private final Applications applications;

	private final UserDetailsService users;

	private final TestAccounts accounts;

	private final JdbcTemplate jdbc;

	public Submitter(Applications applications, UserDetailsService users, TestAccounts accounts, JdbcTemplate jdbc) {
		this.applications = applications;
		this.users = users;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	/** A submitted application of a new organisation with one job-shadowing activity. */
	public Submitted submit(String country) {
		return submit(country, job(3, 10));
	}

	/** A submitted application of a new organisation with these activities. */
	public Submitted submit(String country, PlannedActivity... activities) {
		String coordinator = this.accounts.user(Role.COORDINATOR, country);
		return submitAs(coordinator, activities);
	}

	/** A submitted application written by an existing coordinator. */
	public Submitted submitAs(String coordinator, PlannedActivity... activities) {
		return submitAs(coordinator, 2027, activities);
	}

	/**
	 * A submitted application in round 1 of the call year, written by an existing
	 * coordinator.
	 */
	public Submitted submitAs(String coordinator, int callYear, PlannedActivity... activities) {
		AccountPrincipal user = principal(coordinator);
		long id = draft(user, callYear, activities);
		String reference = this.applications.submit(user, id, "Ana García", true);
		return new Submitted(id, reference, coordinator, user.organisationId());
	}

	/**
	 * A complete draft in round 1 of the call year, ready to submit, written by an
	 * existing coordinator.
	 */
	public long draftAs(String coordinator, int callYear, PlannedActivity... activities) {
		return draft(principal(coordinator), callYear, activities);
	}

	private long draft(AccountPrincipal user, int callYear, PlannedActivity... activities) {
		long id = this.applications.create(user, callYear, 1);
		this.applications.updateContext(user, id, version(id), LocalDate.parse(callYear + "-09-01"), 12, "en");
		this.applications.updateDescription(user, id, version(id), TEXTS.get(0), TEXTS.get(1), List.of(TEXTS.get(2)));
		long objective = this.jdbc.queryForObject(
				"select id from application_objective where application_id = ? order by position limit 1", Long.class,
				id);
		for (PlannedActivity activity : activities) {
			this.applications.saveActivity(user, id, null, version(id), activity, null, Set.of(objective));
		}
		this.applications.updateFollowUp(user, id, version(id), new Applications.FollowUp(TEXTS.get(3), TEXTS.get(4),
				TEXTS.get(5), TEXTS.get(6), false, false, false, false, null, null));
		return id;
	}

	/**
	 * A job-shadowing row to Italy, 1365.28 km, travel days 2, one with fewer
	 * opportunities.
	 */
	public static PlannedActivity job(int participants, int days) {
		return job("IT", participants, days);
	}

	/**
	 * A job-shadowing row to that country, 1365.28 km, travel days 2, one with fewer
	 * opportunities.
	 */
	public static PlannedActivity job(String destination, int participants, int days) {
		return PlannedActivity.of(ActivityType.JOB_SHADOWING, destination, participants, days)
			.withParticipantsWithFewerOpportunities(1)
			.withTravelDays(2)
			.withDistanceKm("1365.28");
	}

	public AccountPrincipal principal(String username) {
		return (AccountPrincipal) this.users.loadUserByUsername(username);
	}

	private long version(long id) {
		return this.jdbc.queryForObject("select version from application where id = ?", Long.class, id);
	}

	/** A submitted application and who wrote it. */
	public record Submitted(long id, String reference, String coordinator, long organisationId) {

		public static List<Long> ids(List<Submitted> submitted) {
			List<Long> ids = new ArrayList<>();
			submitted.forEach((s) -> ids.add(s.id()));
			return ids;
		}

	}

}
