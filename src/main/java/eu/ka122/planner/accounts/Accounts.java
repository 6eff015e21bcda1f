package eu.ka122.planner.accounts;

import java.util.List;
import java.util.Optional;

import eu.ka122.planner.accounts.persistence.NationalAgencyEntity;
import eu.ka122.planner.accounts.persistence.NationalAgencyRepository;
import eu.ka122.planner.accounts.persistence.OrganisationEntity;
import eu.ka122.planner.accounts.persistence.OrganisationRepository;
import eu.ka122.planner.accounts.persistence.UserAccountEntity;
import eu.ka122.planner.accounts.persistence.UserAccountRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts module's API: organisations and National Agencies, read-only for other
 * modules.
 */
@Service
@Transactional(readOnly = true)
public class Accounts {

	private final OrganisationRepository organisations;

	private final NationalAgencyRepository agencies;

	private final UserAccountRepository users;

	Accounts(OrganisationRepository organisations, NationalAgencyRepository agencies, UserAccountRepository users) {
		this.organisations = organisations;
		this.agencies = agencies;
		this.users = users;
	}

	/** How to reach a user, enabled or not. */
	public Optional<UserContact> contact(long userId) {
		return this.users.findWithScopeById(userId).map(Accounts::contact);
	}

	/** The enabled coordinators of an organisation: who hears about its applications. */
	public List<UserContact> coordinatorsOf(long organisationId) {
		return this.users.findByOrganisationIdAndRoleAndEnabledTrueOrderById(organisationId, Role.COORDINATOR)
			.stream()
			.map(Accounts::contact)
			.toList();
	}

	public Optional<OrganisationView> organisation(long id) {
		return this.organisations.findById(id).map(Accounts::view);
	}

	public List<AgencyView> agencies() {
		return this.agencies.findAllByOrderByCode().stream().map(Accounts::view).toList();
	}

	public Optional<AgencyView> agency(String code) {
		return code == null ? Optional.empty() : this.agencies.findById(code).map(Accounts::view);
	}

	/**
	 * The agency an organisation of the country applies to (Belgium: the default of its
	 * three).
	 */
	public Optional<AgencyView> defaultAgencyFor(String country) {
		return this.agencies.findAllByOrderByCode()
			.stream()
			.filter((a) -> a.getCountry().equals(country) && a.isDefaultForCountry())
			.findFirst()
			.map(Accounts::view);
	}

	static OrganisationView view(OrganisationEntity o) {
		return new OrganisationView(o.getId(), o.getOid(), o.getLegalName(), o.getCountry(), o.getType(),
				o.isAccredited());
	}

	static UserContact contact(UserAccountEntity u) {
		String country = (u.getOrganisation() != null) ? u.getOrganisation().getCountry()
				: (u.getAgency() != null) ? u.getAgency().getCountry() : null;
		String language = (u.getLanguage() != null) ? u.getLanguage()
				: (u.getAgency() != null) ? u.getAgency().getDefaultLanguage() : null;
		return new UserContact(u.getId(), u.getDisplayName(), u.getEmail(), u.getRole(), country, language);
	}

	static AgencyView view(NationalAgencyEntity a) {
		return new AgencyView(a.getCode(), a.getCountry(), a.getName(), a.getContactEmail(), a.isDefaultForCountry(),
				a.getDefaultLanguage());
	}

}
