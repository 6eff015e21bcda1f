package eu.ka122.planner.accounts.persistence;

import eu.ka122.planner.shared.OrganisationType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "organisation")
public class OrganisationEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String oid;

	@Column(nullable = false)
	private String legalName;

	@Column(nullable = false)
	private String country;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrganisationType type;

	private boolean accredited;

	@Version
	private long version;

	protected OrganisationEntity() {
	}

	public OrganisationEntity(String oid, String legalName, String country, OrganisationType type, boolean accredited) {
		this.oid = oid;
		this.legalName = legalName;
		this.country = country;
		this.type = type;
		this.accredited = accredited;
	}

	public Long getId() {
		return this.id;
	}

	public String getOid() {
		return this.oid;
	}

	public String getLegalName() {
		return this.legalName;
	}

	public String getCountry() {
		return this.country;
	}

	public OrganisationType getType() {
		return this.type;
	}

	public boolean isAccredited() {
		return this.accredited;
	}

}
