package eu.ka122.planner.support;

import java.util.concurrent.atomic.AtomicInteger;

import eu.ka122.planner.accounts.Role;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates organisations and users for tests. Every name and OID is unique, so tests that
 * share one database never see each other's records.
 */
@Component
public class TestAccounts {

	public static final String PASSWORD = "correct-horse-battery";

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

	private final JdbcTemplate jdbc;

	private final String passwordHash;

	public TestAccounts(JdbcTemplate jdbc, PasswordEncoder encoder) {
		this.jdbc = jdbc;
		this.passwordHash = encoder.encode(PASSWORD);
	}

	public long organisation(String country) {
		return organisation(country, "SCHOOL", false);
	}

	public long organisation(String country, String type, boolean accredited) {
		int n = SEQUENCE.incrementAndGet();
		String oid = "E" + String.format("%08d", 10_000_000 + (n % 89_999_999));
		return this.jdbc.queryForObject(
				"insert into organisation (oid, legal_name, country, type, accredited) values (?, ?, ?, ?, ?) returning id",
				Long.class, oid, "Test school " + n, country, type, accredited);
	}

	/**
	 * A user of the role; coordinators get a new organisation in
	 * {@code countryOrAgency}'s country.
	 */
	public String user(Role role, String countryOrAgency) {
		int n = SEQUENCE.incrementAndGet();
		String username = role.name().toLowerCase() + "." + n;
		Long organisationId = role == Role.COORDINATOR ? organisation(countryOrAgency) : null;
		String agency = (role == Role.NA_OFFICER || role == Role.ASSESSOR) ? countryOrAgency : null;
		insert(username, role, organisationId, agency);
		return username;
	}

	public String coordinatorOf(long organisationId) {
		String username = "coordinator." + SEQUENCE.incrementAndGet();
		insert(username, Role.COORDINATOR, organisationId, null);
		return username;
	}

	/**
	 * Gives a user the name shown for them (test users are named "Test" and their user
	 * name), e.g. one written in their own language.
	 */
	public void name(String username, String displayName) {
		this.jdbc.update("update app_user set display_name = ? where username = ?", displayName, username);
	}

	/** Gives the organisation of a coordinator its legal name. */
	public void nameOrganisationOf(String username, String legalName) {
		this.jdbc.update(
				"update organisation set legal_name = ? where id = (select organisation_id from app_user where username = ?)",
				legalName, username);
	}

	private void insert(String username, Role role, Long organisationId, String agency) {
		this.jdbc.update(
				"insert into app_user (username, display_name, email, password_hash, role, organisation_id, agency_code) "
						+ "values (?, ?, ?, ?, ?, ?, ?)",
				username, "Test " + username, username + "@example.org", this.passwordHash, role.name(), organisationId,
				agency);
	}

}
