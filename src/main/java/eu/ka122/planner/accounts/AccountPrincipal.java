package eu.ka122.planner.accounts;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as every module sees it: role plus the one organisation
 * (coordinators) or agency (officers, assessors) that bounds what the user may see. Kept
 * in the HTTP session, hence serialisable and free of entities.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private final String displayName;

	private final Role role;

	private final Long organisationId;

	private final String agencyCode;

	/**
	 * The organisation's country for coordinators, the agency's country for officers and
	 * assessors.
	 */
	private final String country;

	private final boolean enabled;

	private String passwordHash;

	public AccountPrincipal(long id, String username, String displayName, Role role, Long organisationId,
			String agencyCode, String country, boolean enabled, String passwordHash) {
		this.id = id;
		this.username = Objects.requireNonNull(username);
		this.displayName = displayName;
		this.role = Objects.requireNonNull(role);
		this.organisationId = organisationId;
		this.agencyCode = agencyCode;
		this.country = country;
		this.enabled = enabled;
		this.passwordHash = passwordHash;
	}

	public long id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	public Long organisationId() {
		return this.organisationId;
	}

	public String agencyCode() {
		return this.agencyCode;
	}

	public String country() {
		return this.country;
	}

	public boolean hasRole(Role candidate) {
		return this.role == candidate;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	// Sessions are looked up by principal (e.g. to end a disabled user's sessions):
	// identity is the user id.
	@Override
	public boolean equals(Object other) {
		return other instanceof AccountPrincipal that && this.id == that.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "AccountPrincipal[" + this.username + ", " + this.role + "]";
	}

}
