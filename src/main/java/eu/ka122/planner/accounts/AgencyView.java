package eu.ka122.planner.accounts;

/** A National Agency as other modules see it. */
public record AgencyView(String code, String country, String name, String contactEmail, boolean defaultForCountry,
		String defaultLanguage) {
}
