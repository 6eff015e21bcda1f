package eu.ka122.planner.accounts;

/** Each user has exactly one role. */
public enum Role {

	/** Writes and submits applications for one organisation. */
	COORDINATOR,
	/** Reviews and decides the applications of one National Agency. */
	NA_OFFICER,
	/** An external expert who scores only the applications assigned to them. */
	ASSESSOR,
	/** Maintains rate tables, calls, agencies, users and organisations. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
