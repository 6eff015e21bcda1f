package eu.ka122.planner.drafting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.Optional;

import eu.ka122.planner.accounts.Accounts;
import eu.ka122.planner.accounts.OrganisationView;
import eu.ka122.planner.drafting.persistence.ApplicationEntity;
import eu.ka122.planner.drafting.persistence.ApplicationRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitted applications for the modules that review them. It performs no access check:
 * the caller decides who may see which submission (an agency sees its own).
 */
@Service
@Transactional(readOnly = true)
public class Submissions {

	private final ApplicationRepository repository;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	Submissions(ApplicationRepository repository, Accounts accounts, JdbcClient jdbc) {
		this.repository = repository;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	/** The submission of the application, or empty when it was never submitted. */
	public Optional<SubmittedApplication> find(long applicationId) {
		Optional<Stored> stored = this.jdbc.sql("""
				select snapshot::text as snapshot, rate_table_version, requested_total, submitted_at
				from application_submission where application_id = ?""")
			.param(applicationId)
			.query((rs, n) -> new Stored(rs.getString("snapshot"), rs.getInt("rate_table_version"),
					rs.getBigDecimal("requested_total"), rs.getTimestamp("submitted_at")))
			.optional();
		if (stored.isEmpty()) {
			return Optional.empty();
		}
		ApplicationEntity application = this.repository.findById(applicationId).orElseThrow();
		OrganisationView organisation = this.accounts.organisation(application.getOrganisationId()).orElseThrow();
		Stored s = stored.get();
		return Optional.of(new SubmittedApplication(application.getId(), application.getReference(),
				application.getStatus(), organisation, application.getAgencyCode(), application.getCallYear(),
				application.getRound(), application.getTitle(), Applications.plan(application, organisation.country()),
				s.snapshot(), s.rateTableVersion(), s.requestedTotal(), s.submittedAt().toInstant()));
	}

	private record Stored(String snapshot, int rateTableVersion, BigDecimal requestedTotal, Timestamp submittedAt) {
	}

}
