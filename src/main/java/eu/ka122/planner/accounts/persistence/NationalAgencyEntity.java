package eu.ka122.planner.accounts.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "national_agency")
public class NationalAgencyEntity {

	@Id
	private String code;

	@Column(nullable = false)
	private String country;

	@Column(nullable = false)
	private String name;

	private String contactEmail;

	private boolean defaultForCountry;

	private String defaultLanguage;

	@Version
	private long version;

	protected NationalAgencyEntity() {
	}

	public String getCode() {
		return this.code;
	}

	public String getCountry() {
		return this.country;
	}

	public String getName() {
		return this.name;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public boolean isDefaultForCountry() {
		return this.defaultForCountry;
	}

	/**
	 * The language of the agency's staff and its country's schools until they choose one.
	 */
	public String getDefaultLanguage() {
		return this.defaultLanguage;
	}

}
