package eu.ka122.planner.budget.persistence;

import java.math.BigDecimal;
import java.util.Set;

import eu.ka122.planner.budget.RateTables;
import eu.ka122.planner.budget.domain.RateTable;
import eu.ka122.planner.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class RateTableStoreTests {

	@Autowired
	RateTables rateTables;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSeeded2026TableHoldsExactlyTheRulebookDefaults() {
		RateTable stored = this.rateTables.current(2026).orElseThrow();
		RateTable defaults = RateTable.defaults2026();
		assertThat(stored.version()).isEqualTo(1);
		// factors are compared by value: the database keeps three decimals, the defaults
		// two
		assertThat(stored.units()).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(defaults.units());
		assertThat(stored.travelBands()).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(defaults.travelBands());
		assertThat(stored.countryGroups()).isEqualTo(defaults.countryGroups());
		assertThat(stored.staffRanges()).isEqualTo(defaults.staffRanges());
		assertThat(stored.pupilRanges()).isEqualTo(defaults.pupilRanges());
		assertThat(stored.agencyForCountry()).isEqualTo(defaults.agencyForCountry());
		assertThat(stored.agencies().keySet()).isEqualTo(defaults.agencies().keySet());
		stored.agencies().forEach((code, rates) -> {
			assertThat(rates.staff()).as(code).isEqualTo(defaults.agencies().get(code).staff());
			assertThat(rates.pupil()).as(code).isEqualTo(defaults.agencies().get(code).pupil());
			assertThat(rates.provisional()).as(code).isTrue();
		});
		assertThat(stored.validate()).isEmpty();
		assertThat(this.rateTables.countriesNotInGuide(2026, 1)).isEqualTo(Set.of("IE", "LT"));
	}

	@Test
	void aPublishedVersionCannotBeChangedOrDeletedByAnyone() {
		long id = this.jdbc.queryForObject("select id from rate_table where call_year = 2026 and version = 1",
				Long.class);
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("update rate_table set inclusion_support = 1 where id = ?", id))
			.withMessageContaining("is published and cannot change");
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.jdbc
			.update("update rate_table_agency_rate set staff_group_1 = 150 where rate_table_id = ?", id));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from rate_table_travel_band where rate_table_id = ?", id));
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.jdbc.update(
				"insert into rate_table_country_group (rate_table_id, country, country_group) values (?, 'US', 1)",
				id));
		assertThat(this.rateTables.current(2026).orElseThrow().units().inclusionSupport()).isEqualTo(125);
	}

	@Test
	void aCallYearWithoutAPublishedVersionHasNoCurrentTable() {
		assertThat(this.rateTables.current(2030)).isEmpty();
		assertThat(this.rateTables.published(2026, 99)).isEmpty();
	}

}
