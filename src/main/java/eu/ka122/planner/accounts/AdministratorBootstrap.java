package eu.ka122.planner.accounts;

import eu.ka122.planner.accounts.persistence.UserAccountEntity;
import eu.ka122.planner.accounts.persistence.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * A fresh production database has no users: when {@code KA122_BOOTSTRAP_ADMIN_PASSWORD}
 * is set and no administrator exists yet, the first administrator is created with it.
 * Does nothing otherwise.
 */
@Component
class AdministratorBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

	private final UserAccountRepository users;

	private final PasswordEncoder encoder;

	private final String username;

	private final String password;

	AdministratorBootstrap(UserAccountRepository users, PasswordEncoder encoder,
			@Value("${ka122.bootstrap-admin.username:admin}") String username,
			@Value("${ka122.bootstrap-admin.password:}") String password) {
		this.users = users;
		this.encoder = encoder;
		this.username = username;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!StringUtils.hasText(this.password) || this.users.countByRole(Role.ADMIN) > 0) {
			return;
		}
		if (this.password.length() < 12) {
			log.warn("ka122.bootstrap-admin.password is shorter than 12 characters: no administrator created");
			return;
		}
		this.users.save(new UserAccountEntity(this.username, "Administrator", null, this.encoder.encode(this.password),
				Role.ADMIN, null, null));
		log.info("Created the first administrator '{}'", this.username);
	}

}
