package eu.ka122.planner.budget.domain;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The daily base rates a National Agency chose inside the Guide ranges, per receiving
 * country group.
 *
 * @param country the country whose applicants the agency serves (Belgium has three
 * agencies)
 * @param staff group → daily base rate for staff and accompanying persons
 * @param pupil group → daily base rate for pupils
 * @param provisional the rates are placeholders (the ranges' upper ends) until an
 * administrator enters the agency's published rates; budget screens say so
 */
public record AgencyRates(String agencyCode, String country, String name, Map<Integer, Integer> staff,
		Map<Integer, Integer> pupil, boolean provisional) {

	public AgencyRates {
		staff = Collections.unmodifiableMap(new TreeMap<>(staff));
		pupil = Collections.unmodifiableMap(new TreeMap<>(pupil));
	}

	public Optional<Integer> staffRate(int group) {
		return Optional.ofNullable(this.staff.get(group));
	}

	public Optional<Integer> pupilRate(int group) {
		return Optional.ofNullable(this.pupil.get(group));
	}

}
