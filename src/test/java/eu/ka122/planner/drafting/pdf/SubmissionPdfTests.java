package eu.ka122.planner.drafting.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionPdfTests {

	static final String REFERENCE = "2027-1-DE03-KA122-SCH-000000042";

	final SubmissionPdf pdf = new SubmissionPdf(messages(), JsonMapper.builder().build());

	@Test
	void showsAccentedNamesAndTheBudgetSymbolsAsWritten() throws IOException {
		SubmissionPdf.Rendered rendered = this.pdf.render(snapshot(1, true), Locale.ENGLISH);

		assertThat(rendered.filename()).isEqualTo(REFERENCE + ".pdf");
		String text = String.join("\n", pages(rendered.content()));
		assertThat(text).contains("Erasmus+ KA122-SCH application")
			.contains(REFERENCE)
			.contains("Städtisches Gymnasium Köln-Mülheim")
			.contains("E10234567")
			.contains("Germany")
			.contains("Lucía Fernández – Ñandú")
			.contains("Mobilität für Lehrkräfte")
			.contains("1 September 2027")
			.contains("12 months")
			.contains("German")
			.contains("Objective 1")
			.contains("Sprachkompetenz stärken")
			.contains("Activity 1: Job shadowing")
			.contains("Sevilla, Spain")
			.contains("1,365.28 km")
			.contains("3 participants × 350 EUR")
			.contains("Organisational support")
			.contains("1,050.00")
			.contains("Total grant requested")
			.contains("4,321.50 EUR")
			.contains("version 3")
			.contains("Provisional rates")
			.contains("ACT-GREEN-TRAVEL")
			.contains("Warning")
			.contains("Activity 1: Consider green travel – it is cheaper for the planet.")
			.contains("Staff training plan for Müller’s team")
			.contains("Inclusion and diversity")
			.contains("Jürgen Groß")
			.contains("declares on honour")
			.contains("20 January 2027, 11:30 (Brussels time)");
	}

	@Test
	void listsTheTotalsInTheGuidesOrderWhateverTheOrderOfTheStoredJson() throws IOException {
		// PostgreSQL's jsonb stores object keys sorted by length, so TRAVEL comes first
		// in the snapshot.
		String text = String.join("\n", pages(this.pdf.render(snapshot(1, false), Locale.ENGLISH).content()));

		String summary = text.substring(text.indexOf("Budget summary"));
		assertThat(summary).containsSubsequence("Organisational support", "Travel", "Individual support",
				"Inclusion support for organisations", "Exceptional costs", "Total grant requested");
	}

	@Test
	void numbersEveryPageOutOfTheTotalWithTheReference() throws IOException {
		List<String> pages = pages(this.pdf.render(snapshot(12, false), Locale.ENGLISH).content());

		assertThat(pages).hasSizeGreaterThan(2);
		for (int page = 1; page <= pages.size(); page++) {
			assertThat(pages.get(page - 1))
				.contains("Reference " + REFERENCE + " - page " + page + " of " + pages.size());
		}
		assertThat(String.join("\n", pages)).contains("Activity 12: Job shadowing").doesNotContain("Provisional rates");
	}

	@Test
	void aCharacterTheFontCannotShowBecomesAQuestionMarkInsteadOfVanishing() throws IOException {
		String snapshot = snapshot(1, false).replace("Mobilität für Lehrkräfte", "Mobilität 漢字 für Lehrkräfte");

		String text = String.join("\n", pages(this.pdf.render(snapshot, Locale.ENGLISH).content()));

		assertThat(text).contains("Mobilität ?? für Lehrkräfte");
	}

	static eu.ka122.planner.platform.i18n.IcuMessageSource messages() {
		eu.ka122.planner.platform.i18n.IcuMessageSource messages = new eu.ka122.planner.platform.i18n.IcuMessageSource();
		messages.setBasenames("messages", "i18n/budget", "i18n/drafting", "i18n/pdf");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static List<String> pages(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		try {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			List<String> pages = new ArrayList<>();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				pages.add(extractor.getTextFromPage(page));
			}
			return pages;
		}
		finally {
			reader.close();
		}
	}

	/**
	 * A snapshot as {@code Applications.submit} freezes it, with {@code activities}
	 * identical activities.
	 */
	static String snapshot(int activities, boolean provisional) {
		List<String> rows = new ArrayList<>();
		List<String> budgets = new ArrayList<>();
		for (int i = 0; i < activities; i++) {
			rows.add("""
					{"activity": {"type": "JOB_SHADOWING", "destinationCountry": "ES", "destinationCity": "Sevilla",
					  "hostingOrganisation": "IES Nuestra Señora", "participants": 3,
					  "participantsWithFewerOpportunities": 1, "accompanyingPersons": 0, "durationDays": 10,
					  "travelDays": 2, "distanceKm": 1365.28, "greenTravel": false, "linguisticSupportParticipants": 0,
					  "courseTitle": null, "preparesActivityType": null, "shortDurationJustification": null,
					  "expensiveTravelCosts": 0, "visaAndMedicalCosts": 0, "inclusionSupportCosts": 0},
					 "originCity": "Köln", "objectives": [0]}""");
			budgets
				.add("""
						{"index": %d, "total": 4321.50, "lines": [
						  {"category": "ORGANISATIONAL_SUPPORT", "amount": 1050.00,
						   "explanation": "3 participants × 350 EUR"},
						  {"category": "TRAVEL", "amount": 3271.50, "explanation": "3 participants × 1,090.50 EUR (500–1,999 km)"}]}"""
					.formatted(i));
		}
		return """
				{"reference": "%s", "callYear": 2027, "round": 1, "nationalAgency": "DE03",
				 "organisation": {"id": 7, "oid": "E10234567", "legalName": "Städtisches Gymnasium Köln-Mülheim",
				   "country": "DE", "type": "SCHOOL", "accredited": false},
				 "title": "Mobilität für Lehrkräfte", "projectStart": "2027-09-01", "durationMonths": 12,
				 "language": "de", "background": "Lucía Fernández – Ñandú\\nZweite Zeile",
				 "objectives": ["Sprachkompetenz stärken", "Inklusion fördern"],
				 "followUp": {"integration": "Staff training plan for Müller’s team", "evaluation": "Umfragen",
				   "dissemination": "Website", "visibility": "EU-Logo"},
				 "priorities": {"inclusion": true, "environment": false, "digital": true, "participation": false},
				 "etwinning": null,
				 "activities": [%s],
				 "budget": {"rateTableVersion": 3, "provisionalRates": %s, "total": 4321.50,
				   "totals": {"TRAVEL": 3271.50, "INDIVIDUAL_SUPPORT": 0, "ORGANISATIONAL_SUPPORT": 1050.00},
				   "courseShare": 0, "courseShareLimit": 2160.75, "activities": [%s]},
				 "findings": [{"rule": "ACT-GREEN-TRAVEL", "severity": "WARNING", "activityIndex": 0,
				   "message": "Consider green travel – it is cheaper for the planet."}],
				 "legalRepresentative": "Jürgen Groß", "submittedAt": "2027-01-20T10:30:00Z"}""".formatted(REFERENCE,
				String.join(",", rows), provisional, String.join(",", budgets));
	}

}
