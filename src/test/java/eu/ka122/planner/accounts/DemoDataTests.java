package eu.ka122.planner.accounts;

import eu.ka122.planner.accounts.persistence.NationalAgencyRepository;
import eu.ka122.planner.accounts.persistence.OrganisationRepository;
import eu.ka122.planner.accounts.persistence.UserAccountRepository;
import eu.ka122.planner.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo seeding is switched off in tests; here it runs by hand inside the shared test
 * context.
 */
@IntegrationTest
class DemoDataTests {

	@Autowired
	UserAccountRepository users;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	NationalAgencyRepository agencies;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void seedsTheDemoAccountsWithTheDocumentedPasswordOnce() {
		DemoData demoData = new DemoData(this.users, this.organisations, this.agencies, this.encoder, "demo1234");
		this.transactions.executeWithoutResult((tx) -> demoData.run(new DefaultApplicationArguments()));
		long before = this.users.count();
		this.transactions.executeWithoutResult((tx) -> demoData.run(new DefaultApplicationArguments()));
		assertThat(this.users.count()).isEqualTo(before);
		for (var account : DemoData.ACCOUNTS) {
			var user = this.users.findByUsername(account.username()).orElseThrow();
			assertThat(user.getRole()).isEqualTo(account.role());
			assertThat(this.encoder.matches("demo1234", user.getPasswordHash())).isTrue();
		}
		assertThat(this.users.findByUsername("coordinator.es").orElseThrow().getOrganisation().getCountry())
			.isEqualTo("ES");
		assertThat(this.users.findByUsername("officer.it").orElseThrow().getAgency().getCode()).isEqualTo("IT02");
	}

}
