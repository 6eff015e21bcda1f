package eu.ka122.planner.browser;

import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import eu.ka122.planner.platform.i18n.IcuMessageSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the journeys count as English left on a page in another language, and what they do
 * not: names, codes, references, dates and what users wrote.
 */
class PageLanguageTests {

	static final String[] BASENAMES = basenames();

	final PageLanguage italian = PageLanguage.of("it", messages(), BASENAMES);

	@Test
	void findsEnglishWordsAndNumbersWrittenTheEnglishWay() {
		assertThat(this.italian.englishIn("Salva la valutazione | Save changes | Punteggio 81.0 | Budget 1,500,000.50",
				List.of()))
			.containsExactly("Save", "changes", "81.0", "1,500,000.50");
	}

	@Test
	void leavesNamesCodesReferencesDatesAndWhatUsersWrote() {
		String page = """
				Graduatoria e decisioni | 2027-1-IT02-KA122-SCH-000000001 | APP-MOBILITY-REQUIRED | KA122-SCH
				Save Our School 12 | coordinator.123@example.org | 19.02.2027 | 81,0 | 1.500.000,50 EUR
				Coordinate delle città: contiene dati GeoNames (CC BY 4.0). | Job shadowing""";

		assertThat(this.italian.englishIn(page, List.of("Save Our School 12"))).isEmpty();
		assertThat(this.italian.englishIn(page, List.of())).as("the school's name, not owned").contains("Save");
	}

	@Test
	void readsAndWritesNumbersAsTheLanguageDoes() {
		assertThat(this.italian.read("1.500.000,50")).isEqualByComparingTo("1500000.50");
		assertThat(this.italian.amount(new BigDecimal("1365.28"))).isEqualTo("1.365,28");
		assertThat("1.365,28").matches(this.italian.numberPattern());
		assertThat("1365.28").doesNotMatch(this.italian.numberPattern());
		PageLanguage polish = PageLanguage.of("pl", messages(), BASENAMES);
		assertThat(polish.amount(new BigDecimal("1365.28"))).as("no-break space as a plain one").isEqualTo("1 365,28");
		assertThat(polish.read("1 365,28")).isEqualByComparingTo("1365.28");
	}

	@Test
	void anEnglishPageHasNoEnglishLeftOnIt() {
		PageLanguage english = PageLanguage.of("en", messages(), BASENAMES);

		assertThat(english.englishIn("Save changes | 81.0", List.of())).isEmpty();
		assertThat(english.text("review.stage.APPROVED")).isEqualTo("Approved");
	}

	static IcuMessageSource messages() {
		IcuMessageSource messages = new IcuMessageSource();
		messages.setBasenames(BASENAMES);
		return messages;
	}

	private static String[] basenames() {
		try (var in = PageLanguageTests.class.getResourceAsStream("/application.properties")) {
			Properties application = new Properties();
			application.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return application.getProperty("spring.messages.basename").split(",");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
