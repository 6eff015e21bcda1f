package eu.ka122.planner.budget.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import eu.ka122.planner.shared.Countries;

/**
 * Everything the budget formulas need for one call year (rulebook §5). A published
 * version never changes: an edit makes a new version, so that a submitted application can
 * be recomputed with the numbers it was submitted with. Maps are sorted copies so that
 * screens and exports list them in a stable order.
 *
 * @param countryGroups receiving country → group 1, 2 or 3
 * @param staffRanges group → allowed range of the staff daily base rate
 * @param pupilRanges group → allowed range of the pupil daily base rate
 * @param agencies agency code → the agency's daily base rates
 * @param agencyForCountry applicant's country → the agency that handles its applications
 * by default
 */
public record RateTable(int callYear, int version, UnitAmounts units, List<TravelBand> travelBands,
		Map<String, Integer> countryGroups, Map<Integer, RateRange> staffRanges, Map<Integer, RateRange> pupilRanges,
		Map<String, AgencyRates> agencies, Map<String, String> agencyForCountry) {

	public RateTable {
		Objects.requireNonNull(units, "units");
		travelBands = List.copyOf(travelBands);
		countryGroups = sortedCopy(countryGroups);
		staffRanges = sortedCopy(staffRanges);
		pupilRanges = sortedCopy(pupilRanges);
		agencies = sortedCopy(agencies);
		agencyForCountry = sortedCopy(agencyForCountry);
	}

	/**
	 * What a fresh installation uses for call year 2026 (version 1): the Guide's amounts
	 * and ranges, the country groups of {@code rate-defaults.md} (IE in group 1 and LT in
	 * group 3, which the Guide's list leaves out) and one agency per eligible country
	 * with provisional rates at the upper end of each range.
	 */
	public static RateTable defaults2026() {
		return DefaultRateTable.callYear2026();
	}

	/**
	 * The same table as a new version, for the administrator's edits: a published version
	 * never changes.
	 */
	public RateTable withVersion(int version) {
		return new RateTable(this.callYear, version, this.units, this.travelBands, this.countryGroups, this.staffRanges,
				this.pupilRanges, this.agencies, this.agencyForCountry);
	}

	public RateTable withUnits(UnitAmounts units) {
		return new RateTable(this.callYear, this.version, units, this.travelBands, this.countryGroups, this.staffRanges,
				this.pupilRanges, this.agencies, this.agencyForCountry);
	}

	public RateTable withTravelBands(List<TravelBand> travelBands) {
		return new RateTable(this.callYear, this.version, this.units, travelBands, this.countryGroups, this.staffRanges,
				this.pupilRanges, this.agencies, this.agencyForCountry);
	}

	public RateTable withCountryGroups(Map<String, Integer> countryGroups) {
		return new RateTable(this.callYear, this.version, this.units, this.travelBands, countryGroups, this.staffRanges,
				this.pupilRanges, this.agencies, this.agencyForCountry);
	}

	public RateTable withRanges(Map<Integer, RateRange> staffRanges, Map<Integer, RateRange> pupilRanges) {
		return new RateTable(this.callYear, this.version, this.units, this.travelBands, this.countryGroups, staffRanges,
				pupilRanges, this.agencies, this.agencyForCountry);
	}

	/** Adds the agency, or replaces the one with the same code. */
	public RateTable withAgency(AgencyRates agency) {
		Map<String, AgencyRates> agencies = new TreeMap<>(this.agencies);
		agencies.put(agency.agencyCode(), agency);
		return new RateTable(this.callYear, this.version, this.units, this.travelBands, this.countryGroups,
				this.staffRanges, this.pupilRanges, agencies, this.agencyForCountry);
	}

	public RateTable withAgencyForCountry(String country, String agencyCode) {
		Map<String, String> agencyForCountry = new TreeMap<>(this.agencyForCountry);
		agencyForCountry.put(country, agencyCode);
		return new RateTable(this.callYear, this.version, this.units, this.travelBands, this.countryGroups,
				this.staffRanges, this.pupilRanges, this.agencies, agencyForCountry);
	}

	public Optional<Integer> groupOf(String country) {
		return (country != null) ? Optional.ofNullable(this.countryGroups.get(country)) : Optional.empty();
	}

	public Optional<TravelBand> travelBand(BigDecimal distanceKm) {
		return this.travelBands.stream().filter((band) -> band.contains(distanceKm)).findFirst();
	}

	public Optional<AgencyRates> agency(String agencyCode) {
		return (agencyCode != null) ? Optional.ofNullable(this.agencies.get(agencyCode)) : Optional.empty();
	}

	public Optional<String> defaultAgencyCode(String applicantCountry) {
		return (applicantCountry != null) ? Optional.ofNullable(this.agencyForCountry.get(applicantCountry))
				: Optional.empty();
	}

	/**
	 * Every reason why this table would compute wrong or surprising budgets; empty when
	 * it can be published.
	 */
	public List<RateTableProblem> validate() {
		List<RateTableProblem> problems = new ArrayList<>(this.units.validate());
		validateTravelBands(problems);
		validateRanges("staffRanges", this.staffRanges, problems);
		validateRanges("pupilRanges", this.pupilRanges, problems);
		validateCountryGroups(problems);
		this.agencies.forEach((code, agency) -> validateAgency(code, agency, problems));
		validateDefaultAgencies(problems);
		return problems;
	}

	private void validateTravelBands(List<RateTableProblem> problems) {
		if (this.travelBands.isEmpty()) {
			problems.add(RateTableProblem.of("travelBands", "budget.rateTable.travelBands.empty"));
			return;
		}
		for (int i = 0; i < this.travelBands.size(); i++) {
			TravelBand band = this.travelBands.get(i);
			String field = "travelBands[" + i + "]";
			if (band.green() < 0 || band.standard() < 0) {
				problems.add(RateTableProblem.of(field, "budget.rateTable.negativeAmount",
						Math.min(band.green(), band.standard())));
			}
			if (band.toKm() != null && band.toKm().compareTo(band.fromKm()) <= 0) {
				problems.add(RateTableProblem.of(field, "budget.rateTable.travelBands.emptyBand", band.fromKm(),
						band.toKm()));
			}
		}
		// Gaps and overlaps are about distances, not about the order in which an
		// administrator typed the rows.
		List<TravelBand> sorted = new ArrayList<>(this.travelBands);
		sorted.sort(Comparator.comparing(TravelBand::fromKm));
		if (sorted.get(0).fromKm().signum() != 0) {
			problems.add(RateTableProblem.of("travelBands", "budget.rateTable.travelBands.notFromZero",
					sorted.get(0).fromKm()));
		}
		for (int i = 1; i < sorted.size(); i++) {
			TravelBand previous = sorted.get(i - 1);
			TravelBand next = sorted.get(i);
			if (previous.isOpen()) {
				problems.add(RateTableProblem.of("travelBands", "budget.rateTable.travelBands.overlap",
						previous.fromKm(), next.fromKm()));
				continue;
			}
			int edge = previous.toKm().compareTo(next.fromKm());
			if (edge < 0) {
				problems.add(RateTableProblem.of("travelBands", "budget.rateTable.travelBands.gap", previous.toKm(),
						next.fromKm()));
			}
			else if (edge > 0) {
				problems.add(RateTableProblem.of("travelBands", "budget.rateTable.travelBands.overlap", next.fromKm(),
						previous.toKm()));
			}
		}
		if (!sorted.get(sorted.size() - 1).isOpen()) {
			problems.add(RateTableProblem.of("travelBands", "budget.rateTable.travelBands.notOpenEnded",
					sorted.get(sorted.size() - 1).toKm()));
		}
	}

	private static void validateRanges(String name, Map<Integer, RateRange> ranges, List<RateTableProblem> problems) {
		ranges.forEach((group, range) -> {
			String field = name + "[" + group + "]";
			if (range.min() < 0) {
				problems.add(RateTableProblem.of(field, "budget.rateTable.negativeAmount", range.min()));
			}
			if (range.min() > range.max()) {
				problems.add(RateTableProblem.of(field, "budget.rateTable.rangeInverted", range.min(), range.max()));
			}
		});
	}

	private void validateCountryGroups(List<RateTableProblem> problems) {
		for (String country : Countries.ELIGIBLE) {
			if (!this.countryGroups.containsKey(country)) {
				problems.add(RateTableProblem.of("countryGroups[" + country + "]",
						"budget.rateTable.countryWithoutGroup", country));
			}
		}
		this.countryGroups.forEach((country, group) -> {
			if (!this.staffRanges.containsKey(group) || !this.pupilRanges.containsKey(group)) {
				problems.add(RateTableProblem.of("countryGroups[" + country + "]", "budget.rateTable.groupWithoutRange",
						country, group));
			}
		});
	}

	private void validateAgency(String code, AgencyRates agency, List<RateTableProblem> problems) {
		String field = "agencies[" + code + "]";
		if (!code.equals(agency.agencyCode())) {
			problems.add(RateTableProblem.of(field + ".agencyCode", "budget.rateTable.agencyCodeMismatch", code,
					String.valueOf(agency.agencyCode())));
		}
		if (!Countries.isEligible(agency.country())) {
			problems.add(RateTableProblem.of(field + ".country", "budget.rateTable.agencyUnknownCountry", code,
					String.valueOf(agency.country())));
		}
		validateRates(field, "staff", code, agency.staff(), this.staffRanges, problems);
		validateRates(field, "pupil", code, agency.pupil(), this.pupilRanges, problems);
	}

	private static void validateRates(String agencyField, String kind, String code, Map<Integer, Integer> rates,
			Map<Integer, RateRange> ranges, List<RateTableProblem> problems) {
		ranges.forEach((group, range) -> {
			if (range.min() > range.max()) {
				return; // reported once on the range, not once per agency
			}
			Integer rate = rates.get(group);
			String field = agencyField + "." + kind + "[" + group + "]";
			if (rate == null) {
				problems.add(RateTableProblem.of(field, "budget.rateTable." + kind + "RateMissing", code, group));
			}
			else if (!range.contains(rate)) {
				problems.add(RateTableProblem.of(field, "budget.rateTable." + kind + "RateOutOfRange", code, group,
						rate, range.min(), range.max()));
			}
		});
	}

	private void validateDefaultAgencies(List<RateTableProblem> problems) {
		for (String country : Countries.ELIGIBLE) {
			if (!this.agencyForCountry.containsKey(country)) {
				problems.add(RateTableProblem.of("agencyForCountry[" + country + "]",
						"budget.rateTable.countryWithoutAgency", country));
			}
		}
		this.agencyForCountry.forEach((country, code) -> {
			String field = "agencyForCountry[" + country + "]";
			AgencyRates agency = this.agencies.get(code);
			if (agency == null) {
				problems.add(RateTableProblem.of(field, "budget.rateTable.defaultAgencyUnknown", country, code));
			}
			else if (!country.equals(agency.country())) {
				problems.add(RateTableProblem.of(field, "budget.rateTable.defaultAgencyOtherCountry", country, code,
						String.valueOf(agency.country())));
			}
		});
	}

	private static <K, V> Map<K, V> sortedCopy(Map<K, V> map) {
		return Collections.unmodifiableMap(new TreeMap<>(map));
	}

}
