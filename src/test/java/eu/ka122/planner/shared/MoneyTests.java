package eu.ka122.planner.shared;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTests {

	@ParameterizedTest
	@CsvSource({ "59.5, 60", "59.4999, 59", "133.7, 134", "-0.5, -1", "0, 0" })
	void roundsUnitCostsHalfUpToWholeEuros(String amount, String expected) {
		assertThat(Money.wholeEuros(new BigDecimal(amount))).isEqualTo(new BigDecimal(expected));
	}

	@ParameterizedTest
	@CsvSource({ "10.005, 10.01", "10.0049, 10.00", "800, 800.00" })
	void roundsRealCostsHalfUpToCents(String amount, String expected) {
		assertThat(Money.cents(new BigDecimal(amount))).isEqualTo(new BigDecimal(expected));
	}

	@ParameterizedTest
	@CsvSource({ "0", "20000" })
	void writesWholeEurosWithoutDecimals(long amount) {
		assertThat(Money.euros(amount)).isEqualTo(BigDecimal.valueOf(amount));
		assertThat(Money.euros(amount).scale()).isZero();
	}

}
