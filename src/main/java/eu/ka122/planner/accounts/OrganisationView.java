package eu.ka122.planner.accounts;

import eu.ka122.planner.shared.OrganisationType;

/** An organisation as other modules see it. */
public record OrganisationView(long id, String oid, String legalName, String country, OrganisationType type,
		boolean accredited) {
}
