package eu.ka122.planner.accounts;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

import eu.ka122.planner.accounts.persistence.UserAccountEntity;
import eu.ka122.planner.accounts.persistence.UserAccountRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads users for sign-in (names are case-insensitive) and stores the stronger hash
 * Spring Security computes when a user signs in with a hash of an older algorithm.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final UserAccountRepository users;

	private final JdbcClient jdbc;

	/**
	 * Stands in for the hash of a user who has none yet (pending invitation or reset), so
	 * that a failed sign-in costs one hash comparison like every other: without it the
	 * comparison is skipped and the quick answer tells that the account waits for its
	 * password. It hashes a random secret nobody knows, so no password matches it.
	 * (Unknown user names get the same treatment from Spring Security itself.)
	 */
	private final String noPasswordYet;

	AccountUserDetailsService(UserAccountRepository users, JdbcClient jdbc, PasswordEncoder encoder) {
		this.users = users;
		this.jdbc = jdbc;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.noPasswordYet = encoder.encode(HexFormat.of().formatHex(secret));
	}

	@Override
	@Transactional(readOnly = true)
	public AccountPrincipal loadUserByUsername(String username) {
		String key = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
		return this.users.findByUsername(key)
			.map((user) -> principal(user,
					(user.getPasswordHash() != null) ? user.getPasswordHash() : this.noPasswordYet))
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

	/**
	 * Replaces the hash the user has just signed in with, and only that one: a reset that
	 * cleared it in the meantime wins.
	 */
	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, String newPassword) {
		AccountPrincipal principal = (AccountPrincipal) user;
		this.jdbc.sql("update app_user set password_hash = ? where id = ? and password_hash = ?")
			.params(newPassword, principal.id(), principal.getPassword())
			.update();
		return new AccountPrincipal(principal.id(), principal.getUsername(), principal.displayName(), principal.role(),
				principal.organisationId(), principal.agencyCode(), principal.country(), principal.isEnabled(),
				newPassword);
	}

	private static AccountPrincipal principal(UserAccountEntity user, String passwordHash) {
		Long organisationId = user.getOrganisation() == null ? null : user.getOrganisation().getId();
		String agencyCode = user.getAgency() == null ? null : user.getAgency().getCode();
		String country = user.getOrganisation() != null ? user.getOrganisation().getCountry()
				: user.getAgency() != null ? user.getAgency().getCountry() : null;
		return new AccountPrincipal(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(),
				organisationId, agencyCode, country, user.isEnabled(), passwordHash);
	}

}
