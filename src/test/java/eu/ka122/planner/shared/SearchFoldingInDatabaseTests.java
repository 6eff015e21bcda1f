package eu.ka122.planner.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.ka122.planner.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database's {@code ka122_fold(text)} folds exactly as {@link SearchFolding}, which
 * folds the queries: on every character up to the end of Latin Extended Additional, and
 * on whole texts, whatever the database's locale.
 */
@IntegrationTest
class SearchFoldingInDatabaseTests {

	private static final int END = 0x1F00;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void foldsEveryCharacterAsTheJavaFoldDoes() {
		Map<Integer, String> database = new LinkedHashMap<>();
		this.jdbc.query("select cp, ka122_fold(chr(cp)) from generate_series(1, ?) cp",
				(RowCallbackHandler) (rs) -> database.put(rs.getInt(1), rs.getString(2)), END - 1);
		assertThat(database).hasSize(END - 1);
		Map<Integer, String> different = new LinkedHashMap<>();
		database.forEach((cp, folded) -> {
			String expected = SearchFolding.fold(Character.toString(cp));
			if (!expected.equals(folded)) {
				different.put(cp, "database " + folded + ", Java " + expected);
			}
		});
		assertThat(different).as("characters folded differently").isEmpty();
	}

	@Test
	void foldsWholeTextsAsTheJavaFoldDoes() {
		StringBuilder everything = new StringBuilder();
		for (char ch = 1; ch < END; ch++) {
			everything.append(ch);
		}
		List<String> texts = List.of(everything.toString(), "Rosalía de Castro", "ŁÓDŹ", "Straße 5", "ΑΘΉΝΑ", "Αθήνας",
				"СОФИЯ", "İSTANBUL ıstanbul", "Ærøskøbing", "Ĳmuiden", "Col·legi", "50%_off\\", "plain ascii",
				"Rosali\u0301a");
		for (String text : texts) {
			assertThat(this.jdbc.queryForObject("select ka122_fold(?)", String.class, text)).as(text)
				.isEqualTo(SearchFolding.fold(text));
		}
		assertThat(this.jdbc.queryForObject("select ka122_fold(null)", String.class)).isNull();
	}

}
