package eu.ka122.planner.eligibility.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.ApplicationPlan;
import eu.ka122.planner.shared.PlannedActivity;

import static eu.ka122.planner.eligibility.domain.Fixtures.CALL_YEAR;
import static eu.ka122.planner.eligibility.domain.Fixtures.activity;
import static eu.ka122.planner.eligibility.domain.Fixtures.assertFound;
import static eu.ka122.planner.eligibility.domain.Fixtures.assertReadable;
import static eu.ka122.planner.eligibility.domain.Fixtures.check;
import static eu.ka122.planner.eligibility.domain.Fixtures.jobShadowing;
import static eu.ka122.planner.eligibility.domain.Fixtures.plan;
import static eu.ka122.planner.eligibility.domain.Fixtures.rowsOf;
import static org.assertj.core.api.Assertions.assertThat;

class ActivityRulesTests {

	@ParameterizedTest(name = "[{index}] {0} for {1} days: found {2}")
	@CsvSource({ "JOB_SHADOWING, 1, true", "JOB_SHADOWING, 2, false", "JOB_SHADOWING, 60, false",
			"JOB_SHADOWING, 61, true", "TEACHING_ASSIGNMENT, 1, true", "TEACHING_ASSIGNMENT, 2, false",
			"TEACHING_ASSIGNMENT, 365, false", "TEACHING_ASSIGNMENT, 366, true", "COURSE, 1, true", "COURSE, 2, false",
			"COURSE, 10, false", "COURSE, 11, true", "GROUP_PUPIL_MOBILITY, 1, true", "GROUP_PUPIL_MOBILITY, 2, false",
			"GROUP_PUPIL_MOBILITY, 30, false", "GROUP_PUPIL_MOBILITY, 31, true", "SHORT_TERM_PUPIL_MOBILITY, 1, true",
			"SHORT_TERM_PUPIL_MOBILITY, 9, true", "SHORT_TERM_PUPIL_MOBILITY, 10, false",
			"SHORT_TERM_PUPIL_MOBILITY, 29, false", "SHORT_TERM_PUPIL_MOBILITY, 30, true",
			"LONG_TERM_PUPIL_MOBILITY, 29, true", "LONG_TERM_PUPIL_MOBILITY, 30, false",
			"LONG_TERM_PUPIL_MOBILITY, 365, false", "LONG_TERM_PUPIL_MOBILITY, 366, true", "INVITED_EXPERT, 1, true",
			"INVITED_EXPERT, 2, false", "INVITED_EXPERT, 60, false", "INVITED_EXPERT, 61, true",
			"HOSTING_TEACHER_IN_TRAINING, 9, true", "HOSTING_TEACHER_IN_TRAINING, 10, false",
			"HOSTING_TEACHER_IN_TRAINING, 365, false", "HOSTING_TEACHER_IN_TRAINING, 366, true",
			"PREPARATORY_VISIT, 0, true", "PREPARATORY_VISIT, 1, false", "PREPARATORY_VISIT, 10, false",
			"PREPARATORY_VISIT, 11, true", "JOB_SHADOWING, -1, true" })
	void keepsEachTypeWithinItsDuration(ActivityType type, int days, boolean found) {
		assertFound(check("ACT-DURATION", activity(type).withDurationDays(days).withTravelDays(2)), found);
	}

	@ParameterizedTest(name = "[{index}] {0} days, {1} pupils, {2} with fewer opportunities, \"{3}\": {4}")
	@CsvSource(nullValues = "NULL", value = { "2, 2, 2, Needs a short stay, NULL",
			"2, 2, 1, Needs a short stay, rule.ACT-DURATION.message.shortTerm",
			"2, 2, 2, '', rule.ACT-DURATION.message.shortTerm", "2, 2, 2, '  ', rule.ACT-DURATION.message.shortTerm",
			"2, 2, 2, NULL, rule.ACT-DURATION.message.shortTerm", "9, 1, 1, Needs a short stay, NULL",
			"1, 2, 2, Needs a short stay, rule.ACT-DURATION.message",
			"2, 0, 0, Needs a short stay, rule.ACT-DURATION.message.shortTerm", "10, 2, 0, NULL, NULL",
			"30, 2, 2, Needs a short stay, rule.ACT-DURATION.message" })
	void letsShortTermPupilMobilityGoDownToTwoDaysOnlyForPupilsWithFewerOpportunitiesWithAJustification(int days,
			int pupils, int fewer, String justification, String messageKey) {
		PlannedActivity row = PlannedActivity.of(ActivityType.SHORT_TERM_PUPIL_MOBILITY, "IT", pupils, days)
			.withParticipantsWithFewerOpportunities(fewer)
			.withShortDurationJustification(justification);

		List<Finding> findings = check("ACT-DURATION", row);

		assertFound(findings, messageKey != null);
		assertThat(findings).extracting(Finding::messageKey)
			.containsExactlyElementsOf((messageKey != null) ? List.of(messageKey) : List.of());
	}

	@ParameterizedTest(name = "[{index}] n={0} f={1} L={2} a={3}: found {4}")
	@CsvSource({ "1, 0, 0, 0, false", "0, 0, 0, 0, true", "3, 3, 3, 2, false", "3, 4, 0, 0, true", "3, 0, 4, 0, true",
			"3, -1, 0, 0, true", "3, 0, -1, 0, true", "3, 0, 0, -1, true", "-1, 0, 0, 0, true" })
	void keepsTheHeadCountsOfARowConsistent(int participants, int fewer, int linguistic, int accompanying,
			boolean found) {
		PlannedActivity row = jobShadowing().withParticipants(participants)
			.withParticipantsWithFewerOpportunities(fewer)
			.withLinguisticSupportParticipants(linguistic)
			.withAccompanyingPersons(accompanying);

		assertFound(check("ACT-PARTICIPANTS", row), found);
	}

	@ParameterizedTest
	@CsvSource({ "GROUP_PUPIL_MOBILITY, 0, true", "GROUP_PUPIL_MOBILITY, 1, true", "GROUP_PUPIL_MOBILITY, 2, false",
			"SHORT_TERM_PUPIL_MOBILITY, 1, false", "JOB_SHADOWING, 1, false" })
	void requiresTwoPupilsInAGroup(ActivityType type, int participants, boolean found) {
		assertFound(check("ACT-GROUP-SIZE", activity(type).withParticipants(participants).withAccompanyingPersons(1)),
				found);
	}

	@ParameterizedTest
	@CsvSource({ "GROUP_PUPIL_MOBILITY, 0, true", "GROUP_PUPIL_MOBILITY, 1, false",
			"SHORT_TERM_PUPIL_MOBILITY, 0, false", "LONG_TERM_PUPIL_MOBILITY, 0, false" })
	void requiresAccompanyingTeachersForAGroup(ActivityType type, int accompanying, boolean found) {
		assertFound(check("ACT-GROUP-ACCOMPANIED", activity(type).withAccompanyingPersons(accompanying)), found);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "NULL", value = { "IT, false", "EL, false", "gr, false", "NO, false", "RS, false",
			"MK, false", "US, true", "CH, true", "UA, true", "GB, true", "Narnia, false", "'', false", "NULL, false" })
	void requiresAnEligibleDestinationAndLeavesMalformedCodesToInputValidation(String country, boolean found) {
		assertFound(check("ACT-DESTINATION-ELIGIBLE", jobShadowing().withDestinationCountry(country)), found);
	}

	@ParameterizedTest(name = "[{index}] {0} applicant, {1} in {2} {3} (prepares {4}): {5}")
	@CsvSource(nullValues = "NULL", value = { "ES, JOB_SHADOWING, IT, Rome, NULL, NULL",
			"ES, JOB_SHADOWING, ES, Madrid, NULL, rule.ACT-ABROAD.message",
			"gr, COURSE, EL, Athens, NULL, rule.ACT-ABROAD.message",
			"BE, GROUP_PUPIL_MOBILITY, BE, Brussels, NULL, NULL",
			"BE, GROUP_PUPIL_MOBILITY, BE, ' bruSSels ', NULL, NULL",
			"BE, GROUP_PUPIL_MOBILITY, BE, Antwerp, NULL, rule.ACT-ABROAD.message",
			"BE, GROUP_PUPIL_MOBILITY, BE, NULL, NULL, rule.ACT-ABROAD.message",
			"BE, JOB_SHADOWING, BE, Brussels, NULL, rule.ACT-ABROAD.message",
			"DE, GROUP_PUPIL_MOBILITY, DE, Frankfurt am Main, NULL, NULL",
			"DE, GROUP_PUPIL_MOBILITY, DE, Frankfurt, NULL, NULL", "NL, GROUP_PUPIL_MOBILITY, NL, Den Haag, NULL, NULL",
			"NL, GROUP_PUPIL_MOBILITY, NL, The Hague, NULL, NULL",
			"FR, GROUP_PUPIL_MOBILITY, FR, Strasbourg, NULL, NULL",
			"LU, GROUP_PUPIL_MOBILITY, LU, Luxémbourg, NULL, NULL",
			"FR, GROUP_PUPIL_MOBILITY, FR, Brussels, NULL, rule.ACT-ABROAD.message",
			"BE, GROUP_PUPIL_MOBILITY, FR, Strasbourg, NULL, NULL",
			"BE, PREPARATORY_VISIT, BE, Brussels, GROUP_PUPIL_MOBILITY, NULL",
			"BE, PREPARATORY_VISIT, BE, Brussels, JOB_SHADOWING, rule.ACT-ABROAD.message",
			"ES, PREPARATORY_VISIT, ES, Madrid, JOB_SHADOWING, rule.ACT-ABROAD.message",
			"ES, PREPARATORY_VISIT, PT, Lisbon, JOB_SHADOWING, NULL", "ES, INVITED_EXPERT, ES, Madrid, NULL, NULL",
			"ES, INVITED_EXPERT, IT, Rome, NULL, rule.ACT-ABROAD.message.incoming",
			"ES, HOSTING_TEACHER_IN_TRAINING, ES, Madrid, NULL, NULL",
			"ES, HOSTING_TEACHER_IN_TRAINING, FR, Paris, NULL, rule.ACT-ABROAD.message.incoming",
			"ES, JOB_SHADOWING, Narnia, NULL, NULL, NULL", "Narnia, JOB_SHADOWING, ES, Madrid, NULL, NULL" })
	void sendsOutgoingActivitiesAbroadAndBringsIncomingOnesHome(String applicant, ActivityType type, String destination,
			String city, ActivityType prepares, String messageKey) {
		PlannedActivity row = activity(type).withDestinationCountry(destination)
			.withDestinationCity(city)
			.withPreparesActivityType(prepares);
		ApplicationPlan plan = new ApplicationPlan(CALL_YEAR, 1, applicant, null, List.of(row));

		List<Finding> findings = check("ACT-ABROAD", Fixtures.estimate(plan));

		assertFound(findings, messageKey != null);
		assertThat(findings).extracting(Finding::messageKey)
			.containsExactlyElementsOf((messageKey != null) ? List.of(messageKey) : List.of());
	}

	@ParameterizedTest
	@CsvSource({ "0, false, false", "2, false, false", "3, false, true", "3, true, false", "6, true, false",
			"7, true, true", "-1, false, true", "-1, true, true" })
	void fundsTwoTravelDaysOrSixWithGreenTravel(int travelDays, boolean green, boolean found) {
		assertFound(check("ACT-TRAVEL-DAYS", jobShadowing().withTravelDays(travelDays).withGreenTravel(green)), found);
	}

	@ParameterizedTest
	@CsvSource({ "JOB_SHADOWING, 1, false", "COURSE, 1, false", "GROUP_PUPIL_MOBILITY, 2, false",
			"LONG_TERM_PUPIL_MOBILITY, 1, false", "INVITED_EXPERT, 1, true", "HOSTING_TEACHER_IN_TRAINING, 1, true",
			"PREPARATORY_VISIT, 1, true", "PREPARATORY_VISIT, 0, false" })
	void allowsAccompanyingPersonsOnlyInMobilityActivities(ActivityType type, int accompanying, boolean found) {
		assertFound(check("ACT-ACCOMPANYING-TYPE", activity(type).withAccompanyingPersons(accompanying)), found);
	}

	@ParameterizedTest
	@CsvSource({ "JOB_SHADOWING, 1, false", "TEACHING_ASSIGNMENT, 1, false", "SHORT_TERM_PUPIL_MOBILITY, 1, false",
			"LONG_TERM_PUPIL_MOBILITY, 2, false", "COURSE, 1, true", "GROUP_PUPIL_MOBILITY, 1, true",
			"INVITED_EXPERT, 1, true", "HOSTING_TEACHER_IN_TRAINING, 1, true", "PREPARATORY_VISIT, 1, true",
			"COURSE, 0, false" })
	void allowsLinguisticSupportOnlyForTheFourTypesTheGuideNames(ActivityType type, int linguistic, boolean found) {
		assertFound(check("ACT-LINGUISTIC-TYPE", activity(type).withLinguisticSupportParticipants(linguistic)), found);
	}

	@ParameterizedTest(name = "[{index}] courses {0}: rows {1}")
	@CsvSource({ "CLIL:3, ''", "CLIL:4, 0", "CLIL:2|_clil_:2, 0;1", "CLIL:2|Other:2, ''", "CLIL:2|-:2|-:2, ''",
			"-:4, 0", "CLIL:1|CLIL:1|CLIL:1, ''", "CLIL:1|CLIL:1|CLIL:1|CLIL:1, 0;1;2;3", "CLIL:2|Other:2|CLIL:2, 0;2",
			"CLIL:2|JOB:2|CLIL:1, ''" })
	void sendsAtMostThreePeopleToTheSameCourse(String courses, String rows) {
		PlannedActivity[] activities = Arrays.stream(courses.split("\\|")).map((course) -> {
			String[] parts = course.split(":");
			String title = parts[0].replace('_', ' ');
			if (title.equals("JOB")) {
				return jobShadowing().withParticipants(Integer.parseInt(parts[1])).withCourseTitle("CLIL");
			}
			return activity(ActivityType.COURSE).withDurationDays(5)
				.withParticipants(Integer.parseInt(parts[1]))
				.withCourseTitle(title.equals("-") ? null : title);
		}).toArray(PlannedActivity[]::new);

		List<Finding> findings = check("ACT-COURSE-PER-ORG", activities);

		assertThat(rowsOf(findings)).containsExactlyElementsOf(
				rows.isEmpty() ? List.of() : Arrays.stream(rows.split(";")).map(Integer::valueOf).toList());
		findings.forEach(Fixtures::assertReadable);
	}

	@ParameterizedTest
	@CsvSource({ "PREPARATORY_VISIT, 3, false", "PREPARATORY_VISIT, 4, true", "JOB_SHADOWING, 4, false" })
	void limitsPreparatoryVisitsToThreePersons(ActivityType type, int participants, boolean found) {
		assertFound(check("ACT-PREP-SIZE", prepVisit("School").withType(type).withParticipants(participants)), found);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "NULL", value = { "PREPARATORY_VISIT, Liceo Dante, false", "PREPARATORY_VISIT, '', true",
			"PREPARATORY_VISIT, '  ', true", "PREPARATORY_VISIT, NULL, true", "JOB_SHADOWING, NULL, false" })
	void requiresAPreparatoryVisitToNameItsHost(ActivityType type, String host, boolean found) {
		assertFound(check("ACT-PREP-HOST", prepVisit(host).withType(type)), found);
	}

	@ParameterizedTest(name = "[{index}] hosts {0}: rows {1}")
	@CsvSource({ "A|B, ''", "A|_a_|B|A, 1;3", "-|-, ''", "A|JOB A|A, 2", "A|B|b|C|a, 2;4" })
	void allowsOnePreparatoryVisitPerHostingOrganisation(String hosts, String rows) {
		PlannedActivity[] activities = Arrays.stream(hosts.split("\\|")).map((host) -> {
			String name = host.replace('_', ' ');
			if (name.startsWith("JOB ")) {
				return jobShadowing().withHostingOrganisation(name.substring(4));
			}
			return prepVisit(name.equals("-") ? null : name);
		}).toArray(PlannedActivity[]::new);

		List<Finding> findings = check("ACT-PREP-ONE-PER-HOST", activities);

		assertThat(rowsOf(findings)).containsExactlyElementsOf(
				rows.isEmpty() ? List.of() : Arrays.stream(rows.split(";")).map(Integer::valueOf).toList());
		findings.forEach(Fixtures::assertReadable);
	}

	@Test
	void namesTheEarlierVisitToTheSameHostAsTheFormNumbersIt() {
		List<Finding> findings = check("ACT-PREP-ONE-PER-HOST", prepVisit("Liceo Dante"), prepVisit(" liceo dante"));

		assertThat(assertReadable(findings.get(0))).isEqualTo(
				"Activity 1 is already a preparatory visit to liceo dante; only one preparatory visit per hosting organisation is possible.");
	}

	@ParameterizedTest
	@CsvSource(nullValues = "NULL", value = { "JOB_SHADOWING, NULL", "TEACHING_ASSIGNMENT, NULL",
			"GROUP_PUPIL_MOBILITY, NULL", "SHORT_TERM_PUPIL_MOBILITY, NULL", "LONG_TERM_PUPIL_MOBILITY, NULL",
			"COURSE, rule.ACT-PREP-NOT-COURSES.message", "INVITED_EXPERT, rule.ACT-PREP-NOT-COURSES.message",
			"HOSTING_TEACHER_IN_TRAINING, rule.ACT-PREP-NOT-COURSES.message",
			"PREPARATORY_VISIT, rule.ACT-PREP-NOT-COURSES.message", "NULL, rule.ACT-PREP-NOT-COURSES.message.missing" })
	void preparesOnlyLearnerOrStaffMobilityOtherThanCourses(ActivityType prepares, String messageKey) {
		List<Finding> findings = check("ACT-PREP-NOT-COURSES",
				prepVisit("Liceo Dante").withPreparesActivityType(prepares));

		assertFound(findings, messageKey != null);
		assertThat(findings).extracting(Finding::messageKey)
			.containsExactlyElementsOf((messageKey != null) ? List.of(messageKey) : List.of());
	}

	@Test
	void doesNotCareWhatOtherActivitiesPrepare() {
		assertFound(check("ACT-PREP-NOT-COURSES", jobShadowing().withPreparesActivityType(ActivityType.COURSE)), false);
	}

	@ParameterizedTest(name = "[{index}] {0}: costs {1}, unit-cost travel {2}: {3}")
	@CsvSource(nullValues = "NULL",
			value = { "JOB_SHADOWING, 0, 1000, NULL", "JOB_SHADOWING, 1000, 699.99, NULL",
					"JOB_SHADOWING, 1000, 700, rule.ACT-EXPENSIVE-TRAVEL.message",
					"JOB_SHADOWING, 1000, 700.01, rule.ACT-EXPENSIVE-TRAVEL.message", "JOB_SHADOWING, 2000, 1160, NULL",
					"JOB_SHADOWING, 1000.01, 700, NULL", "INVITED_EXPERT, 1000, 0, NULL",
					"HOSTING_TEACHER_IN_TRAINING, 100, 0, rule.ACT-EXPENSIVE-TRAVEL.message.noTravel",
					"PREPARATORY_VISIT, 100, 0, rule.ACT-EXPENSIVE-TRAVEL.message.noTravel" })
	void replacesTheTravelGrantOnlyWhenItCoversLessThanSeventyPercent(ActivityType type, BigDecimal costs,
			BigDecimal unitCostTravel, String messageKey) {
		ApplicationPlan plan = plan(activity(type).withExpensiveTravelCosts(costs));
		EligibilityInput input = EligibilityInput.estimate(plan,
				new BudgetFigures(BigDecimal.TEN, BigDecimal.ZERO, new BigDecimal("20000"), List.of(unitCostTravel)),
				null);

		List<Finding> findings = check("ACT-EXPENSIVE-TRAVEL", input);

		assertFound(findings, messageKey != null);
		assertThat(findings).extracting(Finding::messageKey)
			.containsExactlyElementsOf((messageKey != null) ? List.of(messageKey) : List.of());
	}

	@Test
	void usesTheThresholdShareOfTheRateTable() {
		ApplicationPlan plan = plan(jobShadowing().withExpensiveTravelCosts(new BigDecimal("1000")));
		BudgetFigures figures = new BudgetFigures(BigDecimal.TEN, BigDecimal.ZERO, new BigDecimal("20000"),
				List.of(new BigDecimal("650")), new BigDecimal("0.60"));

		List<Finding> findings = check("ACT-EXPENSIVE-TRAVEL", EligibilityInput.estimate(plan, figures, null));

		assertThat(assertReadable(findings.get(0))).isEqualTo(
				"Expensive travel costs of 1,000.00 EUR can replace the standard travel grant only when that grant (650 EUR) is less than 60% of the costs (600.00 EUR). Remove the expensive travel costs; the standard travel grant applies.");
	}

	@ParameterizedTest
	@CsvSource({ "JOB_SHADOWING, 499.99, false, true", "JOB_SHADOWING, 500, false, false",
			"JOB_SHADOWING, 499.995, false, false", "JOB_SHADOWING, 499.99, true, false",
			"JOB_SHADOWING, 5, false, true", "GROUP_PUPIL_MOBILITY, 300, false, true",
			"INVITED_EXPERT, 100, false, true", "HOSTING_TEACHER_IN_TRAINING, 100, false, false",
			"PREPARATORY_VISIT, 100, false, false" })
	void warnsWhenTravelUnderFiveHundredKilometresIsNotGreen(ActivityType type, String km, boolean green,
			boolean found) {
		List<Finding> findings = check("ACT-GREEN-UNDER-500", activity(type).withDistanceKm(km).withGreenTravel(green));

		assertFound(findings, found);
		assertThat(findings).allSatisfy((finding) -> assertThat(finding.severity()).isEqualTo(Severity.WARNING));
	}

	@ParameterizedTest
	@CsvSource({ "JOB_SHADOWING, 9.99, true", "JOB_SHADOWING, 10, false", "JOB_SHADOWING, 9.995, false",
			"INVITED_EXPERT, 0, true", "HOSTING_TEACHER_IN_TRAINING, 0, false", "PREPARATORY_VISIT, 0, false" })
	void tellsThatNoTravelGrantIsPaidUnderTenKilometres(ActivityType type, String km, boolean found) {
		assertFound(check("ACT-NO-TRAVEL-GRANT", activity(type).withDistanceKm(km).withGreenTravel(true)), found);
	}

	@ParameterizedTest
	@CsvSource({ "1, 60, 0, false", "1, 61, 0, true", "1, 58, 2, false", "1, 59, 2, true", "0, 90, 0, false",
			"3, 300, 6, true" })
	void tellsWhereAccompanyingPersonsStayBeyondSixtyDays(int accompanying, int days, int travelDays, boolean found) {
		PlannedActivity row = activity(ActivityType.LONG_TERM_PUPIL_MOBILITY).withAccompanyingPersons(accompanying)
			.withDurationDays(days)
			.withTravelDays(travelDays);

		assertFound(check("ACT-ACCOMPANYING-60", row), found);
	}

	@ParameterizedTest
	@EnumSource(ActivityType.class)
	void remindsOfPreDepartureTrainingForLongTermPupilMobilityOnly(ActivityType type) {
		assertFound(check("ACT-LONG-TERM-TRAINING", activity(type)), type == ActivityType.LONG_TERM_PUPIL_MOBILITY);
	}

	@ParameterizedTest
	@EnumSource(ActivityType.class)
	void remindsWhatAFundableCourseIsForCoursesOnly(ActivityType type) {
		assertFound(check("ACT-COURSE-QUALITY", activity(type)), type == ActivityType.COURSE);
	}

	private static PlannedActivity prepVisit(String host) {
		return PlannedActivity.of(ActivityType.PREPARATORY_VISIT, "IT", 2, 2)
			.withHostingOrganisation(host)
			.withPreparesActivityType(ActivityType.JOB_SHADOWING);
	}

}
