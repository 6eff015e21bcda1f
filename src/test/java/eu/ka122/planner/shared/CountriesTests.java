package eu.ka122.planner.shared;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CountriesTests {

	@ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
	@CsvSource(nullValues = "NULL", value = { "ES, ES", "' es ', ES", "gr, EL", "GR, EL", "el, EL", "EL, EL", "US, US",
			"XX, ", "ESP, ", "E, ", "'', ", "NULL, ", "UK, " })
	void normalisesIsoCodesAndWritesGreeceAsTheCommissionDoes(String input, String expected) {
		assertThat(Countries.normalise(input)).isEqualTo(java.util.Optional.ofNullable(expected));
	}

	@ParameterizedTest
	@CsvSource({ "ES, true", "EL, true", "IS, true", "LI, true", "NO, true", "RS, true", "MK, true", "TR, true",
			"IE, true", "LT, true", "GR, false", "CH, false", "GB, false", "US, false", "UA, false" })
	void knowsTheEligibleCountries(String code, boolean eligible) {
		assertThat(Countries.isEligible(code)).isEqualTo(eligible);
	}

	@Test
	void listsTwentySevenMemberStatesAndSixAssociatedCountries() {
		assertThat(Countries.EU_MEMBER_STATES).hasSize(27).contains("EL").doesNotContain("GR");
		assertThat(Countries.ASSOCIATED_THIRD_COUNTRIES).containsExactly("IS", "LI", "MK", "NO", "RS", "TR");
		assertThat(Countries.ELIGIBLE).hasSize(33).containsAll(Countries.EU_MEMBER_STATES);
		assertThat(List.copyOf(Countries.ELIGIBLE)).isSorted();
	}

	@Test
	void doesNotTreatANullCodeAsEligible() {
		assertThat(Countries.isEligible(null)).isFalse();
	}

}
