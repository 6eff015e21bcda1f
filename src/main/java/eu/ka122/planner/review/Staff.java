package eu.ka122.planner.review;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.accounts.Role;

import org.springframework.security.access.AccessDeniedException;

/** Who may do what in the review: checked by every service method, for every record. */
final class Staff {

	private Staff() {
	}

	/** An agency officer; anyone else is refused (403). */
	static String officerAgency(AccountPrincipal user) {
		if (!user.hasRole(Role.NA_OFFICER) || user.agencyCode() == null) {
			throw new AccessDeniedException("agency officers only");
		}
		return user.agencyCode();
	}

	/** An agency officer or an assessor; anyone else is refused (403). */
	static String staffAgency(AccountPrincipal user) {
		if (!(user.hasRole(Role.NA_OFFICER) || user.hasRole(Role.ASSESSOR)) || user.agencyCode() == null) {
			throw new AccessDeniedException("agency staff only");
		}
		return user.agencyCode();
	}

}
