package eu.ka122.planner.geo;

import java.util.Optional;

import eu.ka122.planner.shared.Countries;

/**
 * Country codes as the gazetteer stores them: the programme's spelling, Greece as
 * {@code EL}.
 */
final class CountryCode {

	private CountryCode() {
	}

	/**
	 * @return the app's code, or empty for {@code null} or blank (no country given)
	 * @throws InvalidCountryCodeException if the code is not an ISO 3166-1 alpha-2 code
	 * (or EL)
	 */
	static Optional<String> normalise(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(Countries.normalise(code).orElseThrow(() -> new InvalidCountryCodeException(code)));
	}

}
