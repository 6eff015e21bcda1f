package eu.ka122.planner.budget.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.ka122.planner.shared.ParticipantKind;

/**
 * The numbers of one rate table arranged for the calculator, so that pricing a row costs
 * a few lookups instead of arithmetic: every agency's daily rates per receiving country
 * group with the reduced rate already rounded (rulebook §4), the receiving countries'
 * groups in a hash map, and the travel bands with the upper edge their explanation shows.
 * A rate table never changes, so neither does its price list: it is built once per table.
 */
final class PriceList {

	private final RateTable table;

	private final Map<String, Integer> groups;

	private final Map<String, AgencyPrices> agencies;

	private final Band[] bands;

	private PriceList(RateTable table) {
		this.table = table;
		this.groups = new HashMap<>(table.countryGroups());
		this.agencies = new HashMap<>();
		table.agencies().forEach((code, agency) -> this.agencies.put(code, AgencyPrices.of(agency, table.units())));
		List<TravelBand> travelBands = table.travelBands();
		this.bands = new Band[travelBands.size()];
		for (int i = 0; i < this.bands.length; i++) {
			TravelBand band = travelBands.get(i);
			this.bands[i] = new Band(band, band.lastIncludedKm());
		}
	}

	static PriceList of(RateTable table) {
		return new PriceList(table);
	}

	RateTable table() {
		return this.table;
	}

	/** The agency's prices; null for an unknown or missing agency code. */
	AgencyPrices agency(String agencyCode) {
		return (agencyCode != null) ? this.agencies.get(agencyCode) : null;
	}

	/** The receiving country's group; null when the country has none. */
	Integer groupOf(String country) {
		return (country != null) ? this.groups.get(country) : null;
	}

	/**
	 * The first band of the table that contains the distance, as
	 * {@link RateTable#travelBand} finds it; null when none does.
	 */
	Band travelBand(BigDecimal distanceKm) {
		for (Band band : this.bands) {
			if (band.band().contains(distanceKm)) {
				return band;
			}
		}
		return null;
	}

	/**
	 * A travel band with its upper edge as people read it ("500 – 1999 km"), for the
	 * explanation.
	 */
	record Band(TravelBand band, BigDecimal lastIncludedKm) {

	}

	/**
	 * One agency's payable daily rates per receiving country group: for staff rows (and
	 * every accompanying person) the staff rates, for pupil rows the pupil rates with the
	 * staff rates of their accompanying teachers. A group is absent where the agency
	 * lacks a rate, or where a reduced rate does not fit an int (only a table that cannot
	 * be published, with a reduced-rate factor above 1): the calculator then asks
	 * {@link BudgetCalculator#dailyRates}, which says so as it always has.
	 */
	record AgencyPrices(AgencyRates rates, Map<Integer, DailyRates> staff, Map<Integer, DailyRates> learners) {

		static AgencyPrices of(AgencyRates agency, UnitAmounts units) {
			Map<Integer, DailyRates> staff = new HashMap<>();
			Map<Integer, DailyRates> learners = new HashMap<>();
			agency.staff().forEach((group, staffRate) -> {
				try {
					DailyRates staffRates = BudgetCalculator.dailyRates(ParticipantKind.STAFF, group, agency, units);
					staff.put(group, staffRates);
					if (agency.pupil().containsKey(group)) {
						learners.put(group, BudgetCalculator.dailyRates(ParticipantKind.LEARNER, group, agency, units));
					}
				}
				catch (ArithmeticException overflow) {
					// Left to the calculator, which fails only when a row needs the rate.
				}
			});
			return new AgencyPrices(agency, staff, learners);
		}

		/** The rates of a row whose participants are of the given kind, if computed. */
		DailyRates ratesFor(ParticipantKind kind, Integer group) {
			return ((kind == ParticipantKind.LEARNER) ? this.learners : this.staff).get(group);
		}

	}

}
