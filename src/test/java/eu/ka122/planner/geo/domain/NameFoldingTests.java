package eu.ka122.planner.geo.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NameFoldingTests {

	@ParameterizedTest(name = "\"{0}\" folds like \"{1}\"")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Köln              | koln
			KÖLN              | koln
			"  Köln  "        | koln
			Malmö             | malmo
			Łódź              | lodz
			Gießen            | giessen
			Tromsø            | tromso
			Næstved           | naestved
			Œuvres            | oeuvres
			Đakovo            | dakovo
			Hafnarfjörður     | hafnarfjordur
			Þorlákshöfn       | thorlakshofn
			Ħal Qormi         | hal qormi
			Diyarbakır        | diyarbakir
			İzmir             | izmir
			Iaşi              | iasi
			Iași              | iasi
			Timișoara         | timisoara
			Cluj-Napoca       | cluj napoca
			St. Pölten        | st polten
			's-Hertogenbosch  | s hertogenbosch
			Ta’ Xbiex         | ta xbiex
			Frankfurt (Oder)  | frankfurt oder
			Sant Julià de Lòria | sant julia de loria
			Castellbell i el Vilar | castellbell i el vilar
			Paral·lel         | parallel
			""")
	void foldsCaseAccentsAndSpecialLetters(String name, String folded) {
		assertThat(NameFolding.fold(name)).isEqualTo(folded);
	}

	@Test
	void foldsOtherScriptsThroughUnicode() {
		assertThat(NameFolding.fold("Αθήνα")).isEqualTo("αθηνα");
		assertThat(NameFolding.fold("Старо Нагоричане")).isEqualTo("старо нагоричане");
		assertThat(NameFolding.fold("Káto Achaḯa")).isEqualTo("kato achaia");
		// "s" followed by a combining comma below, rather than the precomposed letter
		assertThat(NameFolding.fold("Ias\u0326i")).isEqualTo("iasi");
	}

	@Test
	void foldsEveryLatinCharacterAsTheUnicodePathDoes() {
		for (char ch = 0; ch < 0x250; ch++) {
			String name = "a" + ch + "b";
			assertThat(NameFolding.fold(name)).as("U+%04X", (int) ch).isEqualTo(NameFolding.foldUnicode(name));
		}
	}

	@Test
	void foldsNothingToAnEmptyKey() {
		assertThat(NameFolding.fold(null)).isEmpty();
		assertThat(NameFolding.fold("   ")).isEmpty();
		assertThat(NameFolding.fold(" - ")).isEmpty();
	}

}
