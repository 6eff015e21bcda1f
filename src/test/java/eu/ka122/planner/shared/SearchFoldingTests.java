package eu.ka122.planner.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SearchFoldingTests {

	@ParameterizedTest(name = "\"{0}\" folds to \"{1}\"")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Rosalía            | rosalia
			ROSALÍA            | rosalia
			Łódź               | lodz
			ŁÓDŹ               | lodz
			München            | munchen
			MÜNCHEN            | munchen
			Straße             | strasse
			STRAẞE             | strasse
			Αθήνα              | αθηνα
			ΑΘΗΝΑ              | αθηνα
			ΆΘΉΝΑ              | αθηνα
			Αθήνας             | αθηνασ
			София              | софия
			СОФИЯ              | софия
			Ёлка Йошкар        | елка иошкар
			İstanbul           | istanbul
			ISTANBUL           | istanbul
			ıstanbul           | istanbul
			Şanlıurfa          | sanliurfa
			Ærøskøbing         | aeroskobing
			Œuvre              | oeuvre
			Þórshöfn           | thorshofn
			Đakovo             | dakovo
			Ħamrun             | hamrun
			Timișoara          | timisoara
			Iaşi               | iasi
			Ĳmuiden            | ijmuiden
			ǅurđevac           | dzurdevac
			Col·legi Ŀlorenç   | collegi llorenc
			Sámi Ǥáisá         | sami gaisa
			Hà Nội             | ha noi
			"O'Brien & Co. 50%" | "o'brien & co. 50%"
			""")
	void foldsCaseAndAccentsOfLatinGreekAndCyrillicLetters(String text, String folded) {
		assertThat(SearchFolding.fold(text)).isEqualTo(folded);
	}

	@Test
	void foldsDecomposedAccentsSoftHyphensAndNoBreakSpacesToo() {
		assertThat(SearchFolding.fold("Rosali\u0301a")).isEqualTo("rosalia");
		assertThat(SearchFolding.fold("Ro\u00adsalía")).isEqualTo("rosalia");
		assertThat(SearchFolding.fold("Rosalía\u00a0de Castro")).isEqualTo("rosalia de castro");
	}

	@Test
	void keepsWhatItDoesNotCover() {
		assertThat(SearchFolding.fold("Ա日本 ﬁ €")).isEqualTo("Ա日本 ﬁ €");
		assertThat(SearchFolding.fold(null)).isNull();
	}

	@Test
	void foldsEveryCoveredCharacterToTextThatFoldsToItself() {
		for (char ch = 0; ch < 0x2000; ch++) {
			String folded = SearchFolding.fold(String.valueOf(ch));
			assertThat(SearchFolding.fold(folded)).as("U+%04X", (int) ch).isEqualTo(folded);
			if (SearchFolding.covers(ch) && Character.isLetter(ch)) {
				assertThat(folded.codePoints().allMatch(Character::isLetter)).as("U+%04X -> %s", (int) ch, folded)
					.isTrue();
				assertThat(folded.codePoints().noneMatch(Character::isUpperCase)).as("U+%04X -> %s", (int) ch, folded)
					.isTrue();
			}
			else if (!folded.equals(String.valueOf(ch))) {
				// only marks, the soft hyphen and the middle dot vanish; the no-break
				// space becomes a space
				assertThat(folded).as("U+%04X", (int) ch).isIn("", " ");
			}
		}
	}

	@Test
	void makesLikePatternsThatKeepTheirEscapes() {
		assertThat(SearchFolding.containsPattern("  50%_Łódź\\ ")).isEqualTo("%50\\%\\_lodz\\\\%");
		assertThat(SearchFolding.containsPattern(null)).isEqualTo("%%");
	}

	@Test
	void spellsOutTheLettersThatUnicodeDoesNotDecompose() {
		assertThat(SearchFolding.spellOut('ß')).isEqualTo("ss");
		assertThat(SearchFolding.spellOut('Ø')).isEqualTo("o");
		assertThat(SearchFolding.spellOut('ł')).isEqualTo("l");
		assertThat(SearchFolding.spellOut('ς')).isEqualTo("σ");
		assertThat(SearchFolding.spellOut('a')).isNull();
	}

}
