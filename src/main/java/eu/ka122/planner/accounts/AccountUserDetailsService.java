package eu.ka122.planner.accounts;

import java.util.Locale;

import eu.ka122.planner.accounts.persistence.UserAccountEntity;
import eu.ka122.planner.accounts.persistence.UserAccountRepository;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users for sign-in. Names are case-insensitive. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	AccountUserDetailsService(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public AccountPrincipal loadUserByUsername(String username) {
		String key = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
		return this.users.findByUsername(key)
			.map(AccountUserDetailsService::principal)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

	static AccountPrincipal principal(UserAccountEntity user) {
		Long organisationId = user.getOrganisation() == null ? null : user.getOrganisation().getId();
		String agencyCode = user.getAgency() == null ? null : user.getAgency().getCode();
		String country = user.getOrganisation() != null ? user.getOrganisation().getCountry()
				: user.getAgency() != null ? user.getAgency().getCountry() : null;
		return new AccountPrincipal(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(),
				organisationId, agencyCode, country, user.isEnabled(), user.getPasswordHash());
	}

}
