package eu.ka122.planner.accounts.persistence;

import eu.ka122.planner.accounts.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "app_user")
public class UserAccountEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(nullable = false)
	private String displayName;

	private String email;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organisation_id")
	private OrganisationEntity organisation;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "agency_code")
	private NationalAgencyEntity agency;

	private boolean enabled = true;

	/** The language the user chose with the switcher; null until they choose. */
	private String language;

	@Version
	private long version;

	protected UserAccountEntity() {
	}

	public UserAccountEntity(String username, String displayName, String email, String passwordHash, Role role,
			OrganisationEntity organisation, NationalAgencyEntity agency) {
		this.username = username.toLowerCase(java.util.Locale.ROOT);
		this.displayName = displayName;
		this.email = email;
		this.passwordHash = passwordHash;
		this.role = role;
		this.organisation = organisation;
		this.agency = agency;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public OrganisationEntity getOrganisation() {
		return this.organisation;
	}

	public NationalAgencyEntity getAgency() {
		return this.agency;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

}
