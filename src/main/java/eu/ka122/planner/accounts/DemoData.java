package eu.ka122.planner.accounts;

import java.util.List;

import eu.ka122.planner.accounts.persistence.NationalAgencyRepository;
import eu.ka122.planner.accounts.persistence.OrganisationEntity;
import eu.ka122.planner.accounts.persistence.OrganisationRepository;
import eu.ka122.planner.accounts.persistence.UserAccountEntity;
import eu.ka122.planner.accounts.persistence.UserAccountRepository;
import eu.ka122.planner.shared.OrganisationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds demo organisations and accounts on the first local start, so a newcomer can sign
 * in at once. Never in production: the {@code prod} profile excludes it and
 * {@code ka122.demo.enabled} switches it off.
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty(name = "ka122.demo.enabled", matchIfMissing = true)
@Order(0)
class DemoData implements ApplicationRunner {

	record DemoAccount(String username, String displayName, Role role, String organisationOid, String agencyCode) {
	}

	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("coordinator.es", "Lucía Martín", Role.COORDINATOR, "E10000001", null),
			new DemoAccount("coordinator.it", "Marco Bianchi", Role.COORDINATOR, "E10000002", null),
			new DemoAccount("officer.es", "Carmen Ruiz (ES01)", Role.NA_OFFICER, null, "ES01"),
			new DemoAccount("officer.it", "Giulia Rossi (IT02)", Role.NA_OFFICER, null, "IT02"),
			new DemoAccount("assessor.es", "Javier Soto (expert, ES01)", Role.ASSESSOR, null, "ES01"),
			new DemoAccount("admin", "Ana Admin", Role.ADMIN, null, null),
			// A second administrator, so that a rate-table draft one edits the other can
			// publish (four eyes).
			new DemoAccount("admin2", "Bruno Admin", Role.ADMIN, null, null),
			// Schools whose demo applications are already submitted, so the agencies have
			// a review to do.
			new DemoAccount("coordinator.es2", "Pilar Navarro", Role.COORDINATOR, "E10000003", null),
			new DemoAccount("coordinator.es3", "Jorge Gil", Role.COORDINATOR, "E10000004", null),
			new DemoAccount("coordinator.es4", "Elena Vidal", Role.COORDINATOR, "E10000005", null),
			new DemoAccount("coordinator.it2", "Luca Ferri", Role.COORDINATOR, "E10000006", null));

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final UserAccountRepository users;

	private final OrganisationRepository organisations;

	private final NationalAgencyRepository agencies;

	private final PasswordEncoder passwordEncoder;

	private final String password;

	DemoData(UserAccountRepository users, OrganisationRepository organisations, NationalAgencyRepository agencies,
			PasswordEncoder passwordEncoder, @Value("${ka122.demo.password}") String password) {
		this.users = users;
		this.organisations = organisations;
		this.agencies = agencies;
		this.passwordEncoder = passwordEncoder;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		seed();
		StringBuilder banner = new StringBuilder("Demo accounts (password '").append(this.password).append("'):");
		ACCOUNTS.forEach((a) -> banner.append("\n  ").append(String.format("%-16s %s", a.username(), a.role())));
		log.info(banner.toString());
	}

	// Idempotent by natural key (OID, user name): a restart never duplicates, and never
	// overwrites what a
	// user changed in a demo record.
	private void seed() {
		organisation("E10000001", "CEIP Miguel de Cervantes", "ES");
		organisation("E10000002", "Istituto Comprensivo Galileo Galilei", "IT");
		organisation("E10000003", "IES Rosalía de Castro", "ES");
		organisation("E10000004", "CEIP Federico García Lorca", "ES");
		organisation("E10000005", "Colegio Público Clara Campoamor", "ES");
		organisation("E10000006", "Liceo Scientifico Enrico Fermi", "IT");
		String hash = null;
		int created = 0;
		for (DemoAccount a : ACCOUNTS) {
			if (this.users.findByUsername(a.username()).isPresent()) {
				continue;
			}
			hash = (hash != null) ? hash : this.passwordEncoder.encode(this.password);
			OrganisationEntity organisation = (a.organisationOid() != null)
					? this.organisations.findByOid(a.organisationOid()).orElseThrow() : null;
			var agency = (a.agencyCode() != null) ? this.agencies.findById(a.agencyCode()).orElseThrow() : null;
			this.users.save(new UserAccountEntity(a.username(), a.displayName(), a.username() + "@example.org", hash,
					a.role(), organisation, agency));
			created++;
		}
		if (created > 0) {
			log.info("Seeded {} demo accounts", created);
		}
	}

	private void organisation(String oid, String legalName, String country) {
		if (this.organisations.findByOid(oid).isEmpty()) {
			this.organisations.save(new OrganisationEntity(oid, legalName, country, OrganisationType.SCHOOL, false));
		}
	}

}
