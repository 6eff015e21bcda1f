package eu.ka122.planner.budget.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import eu.ka122.planner.shared.ApplicationPlan;
import eu.ka122.planner.shared.MessageFiles;
import eu.ka122.planner.shared.PlannedActivity;

import static eu.ka122.planner.shared.ActivityType.COURSE;
import static eu.ka122.planner.shared.ActivityType.GROUP_PUPIL_MOBILITY;
import static eu.ka122.planner.shared.ActivityType.JOB_SHADOWING;
import static eu.ka122.planner.shared.ActivityType.LONG_TERM_PUPIL_MOBILITY;
import static eu.ka122.planner.shared.ActivityType.PREPARATORY_VISIT;
import static eu.ka122.planner.shared.ActivityType.SHORT_TERM_PUPIL_MOBILITY;
import static org.assertj.core.api.Assertions.assertThat;

class BudgetMessagesTests {

	private static final Properties MESSAGES = MessageFiles.load("i18n/budget.properties");

	private final BudgetCalculator calculator = new BudgetCalculator();

	/** A plan that makes the calculator use every explanation it has. */
	private Breakdown everyKindOfLine() {
		List<PlannedActivity> rows = new ArrayList<>();
		rows.add(PlannedActivity.of(JOB_SHADOWING, "IT", 3, 10)
			.withTravelDays(2)
			.withDistanceKm("1365.28")
			.withParticipantsWithFewerOpportunities(1));
		rows.add(PlannedActivity.of(JOB_SHADOWING, "IT", 100, 20).withDistanceKm("50").withGreenTravel(true));
		rows.add(PlannedActivity.of(JOB_SHADOWING, "IT", 1, 2).withDistanceKm("9000"));
		rows.add(PlannedActivity.of(GROUP_PUPIL_MOBILITY, "FR", 12, 5)
			.withAccompanyingPersons(2)
			.withDistanceKm("9000")
			.withGreenTravel(true));
		rows.add(PlannedActivity.of(SHORT_TERM_PUPIL_MOBILITY, "FR", 1, 20)
			.withAccompanyingPersons(1)
			.withLinguisticSupportParticipants(1)
			.withInclusionSupportCosts(new BigDecimal("1234.5")));
		rows.add(PlannedActivity.of(LONG_TERM_PUPIL_MOBILITY, "FR", 2, 90)
			.withAccompanyingPersons(1)
			.withExpensiveTravelCosts(new BigDecimal("2500"))
			.withDistanceKm("2500"));
		rows.add(PlannedActivity.of(COURSE, "FI", 1, 5).withVisaAndMedicalCosts(new BigDecimal("80")));
		rows.add(PlannedActivity.of(PREPARATORY_VISIT, "FI", 2, 2));
		return this.calculator.calculate(new ApplicationPlan(2026, 1, "ES", new BigDecimal("1500"), rows),
				RateTable.defaults2026());
	}

	@Test
	void hasAnEnglishTextForEveryExplanation() {
		Breakdown breakdown = everyKindOfLine();
		List<BudgetLine> lines = new ArrayList<>(breakdown.applicationLines());
		breakdown.activities().forEach((activity) -> lines.addAll(activity.lines()));
		Set<String> keys = new TreeSet<>();

		for (BudgetLine line : lines) {
			keys.add(line.explanation().messageKey());
			assertThat(MessageFiles.render(MESSAGES, line.explanation().messageKey(), line.explanation().args()))
				.isNotBlank();
		}

		assertThat(keys).containsExactlyInAnyOrder("budget.line.organisationalSupport",
				"budget.line.organisationalSupport.split", "budget.line.organisationalSupport.beyondThreshold",
				"budget.line.travel.standard", "budget.line.travel.green", "budget.line.travel.standard.open",
				"budget.line.travel.green.open", "budget.line.individualSupport.participants",
				"budget.line.individualSupport.participants.reduced", "budget.line.individualSupport.accompanying",
				"budget.line.individualSupport.accompanying.reduced",
				"budget.line.individualSupport.accompanying.capped", "budget.line.inclusionSupportOrganisations",
				"budget.line.inclusionSupportParticipants", "budget.line.preparatoryVisits", "budget.line.courseFees",
				"budget.line.linguisticSupport", "budget.line.linguisticSupport.reinforced",
				"budget.line.expensiveTravel", "budget.line.visaAndMedical", "budget.line.financialGuarantee");
	}

	@Test
	void explainsLinesTheWayACoordinatorCountsThem() {
		List<String> texts = everyKindOfLine().activities()
			.stream()
			.flatMap((activity) -> activity.lines().stream())
			.map((line) -> MessageFiles.render(MESSAGES, line.explanation().messageKey(), line.explanation().args()))
			.toList();

		assertThat(texts).contains("3 participants × 350 EUR", "3 persons × 309 EUR (500–1999 km, standard travel)",
				"3 participants × 12 days × 191 EUR", "1 participant with fewer opportunities × 125 EUR",
				"97 participants × 350 EUR + 3 participants × 200 EUR beyond the first 100 participants of this activity type in the application",
				"100 persons × 56 EUR (10–99 km, green travel)",
				"100 participants × (14 days × 191 EUR + 6 days × 134 EUR from day 15)",
				"1 participant × 200 EUR (beyond the first 100 participants of this activity type in the application)",
				"1 person × 1,735 EUR (8000 km or more, standard travel)",
				"14 persons × 1,735 EUR (8000 km or more, green travel)",
				"2 accompanying persons × 5 days × 191 EUR (staff rate)",
				"1 accompanying person × (14 days × 191 EUR + 6 days × 134 EUR from day 15, staff rate)",
				"1 accompanying person × (14 days × 191 EUR + 46 days × 134 EUR from day 15, staff rate): paid for 60 of 90 days; request the later days as inclusion support for participants",
				"Real costs for participants with fewer opportunities and their accompanying persons: 1,234.50 EUR",
				"80% of 2,500.00 EUR expensive travel costs, replacing the standard travel grant of 1,185 EUR",
				"2 participants × 150 EUR reinforced linguistic support for long-term mobility",
				"1 participant × 5 days × 80 EUR",
				"Visa, residence permit, vaccination and medical certificate costs: 80.00 EUR", "2 persons × 680 EUR");
	}

	@ParameterizedTest
	@EnumSource(BudgetCategory.class)
	void namesEveryCategory(BudgetCategory category) {
		assertThat(MESSAGES.getProperty("budget.category." + category.name())).isNotBlank();
	}

	@Test
	void usesNoApostropheThatMessageFormatWouldSwallow() {
		MESSAGES
			.forEach((key, value) -> assertThat(value.toString().replace("''", "")).as("%s", key).doesNotContain("'"));
	}

}
