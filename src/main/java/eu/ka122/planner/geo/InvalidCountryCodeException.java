package eu.ka122.planner.geo;

/**
 * A country code that is not an ISO 3166-1 alpha-2 code (nor EL). The code of a country
 * outside the programme is not an error: the gazetteer simply has no city there.
 */
public class InvalidCountryCodeException extends IllegalArgumentException {

	private final String code;

	public InvalidCountryCodeException(String code) {
		super("Not a country code: " + code);
		this.code = code;
	}

	public String getCode() {
		return this.code;
	}

}
