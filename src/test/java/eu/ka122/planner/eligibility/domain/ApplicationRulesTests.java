package eu.ka122.planner.eligibility.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.ApplicationPlan;
import eu.ka122.planner.shared.OrganisationType;
import eu.ka122.planner.shared.PlannedActivity;

import static eu.ka122.planner.eligibility.domain.Fixtures.CALL_YEAR;
import static eu.ka122.planner.eligibility.domain.Fixtures.assertFound;
import static eu.ka122.planner.eligibility.domain.Fixtures.assertReadable;
import static eu.ka122.planner.eligibility.domain.Fixtures.check;
import static eu.ka122.planner.eligibility.domain.Fixtures.jobShadowing;
import static eu.ka122.planner.eligibility.domain.Fixtures.plan;
import static eu.ka122.planner.eligibility.domain.Fixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;

class ApplicationRulesTests {

	private static EligibilityInput withApplicant(OrganisationType type, boolean accredited, List<PreviousGrant> grants,
			boolean otherSubmission, ApplicationPlan plan) {
		return submission(plan).withApplicant(new ApplicantFacts(type, accredited, grants, otherSubmission));
	}

	private static List<PreviousGrant> grants(String spec) {
		List<PreviousGrant> grants = new ArrayList<>();
		if (spec != null) {
			for (String grant : spec.split(";")) {
				String[] parts = grant.split("-");
				grants.add(new PreviousGrant(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())));
			}
		}
		return grants;
	}

	@ParameterizedTest
	@CsvSource(nullValues = "NULL",
			value = { "SCHOOL, false", "LOCAL_OR_REGIONAL_AUTHORITY, false", "COORDINATION_BODY, false",
					"OTHER_SCHOOL_EDUCATION_ORGANISATION, false", "OTHER_NOT_ELIGIBLE, true", "NULL, true" })
	void acceptsOnlyOrganisationsActiveInSchoolEducation(OrganisationType type, boolean found) {
		assertFound(check("APP-ORG-TYPE", withApplicant(type, false, List.of(), false, plan(jobShadowing()))), found);
	}

	@ParameterizedTest
	@CsvSource({ "false, false", "true, true" })
	void refusesOrganisationsHoldingAnAccreditation(boolean accredited, boolean found) {
		assertFound(
				check("APP-ORG-ACCREDITED",
						withApplicant(OrganisationType.SCHOOL, accredited, List.of(), false, plan(jobShadowing()))),
				found);
	}

	@ParameterizedTest
	@CsvSource({ "ES, false", "gr, false", "EL, false", "NO, false", "TR, false", "CH, true", "US, true",
			"Narnia, true" })
	void requiresAnApplicantInAnEligibleCountry(String country, boolean found) {
		ApplicationPlan plan = new ApplicationPlan(CALL_YEAR, 1, country, null, List.of(jobShadowing()));

		assertFound(check("APP-ORG-COUNTRY", Fixtures.estimate(plan)), found);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "NULL",
			value = { "1, false, NULL", "1, true, NULL", "2, true, NULL", "2, false, rule.APP-ROUND.message",
					"3, true, rule.APP-ROUND.message.unknown", "0, false, rule.APP-ROUND.message.unknown" })
	void opensRoundTwoOnlyWhereTheAgencyOpenedIt(int round, boolean round2Open, String messageKey) {
		EligibilityInput input = EligibilityInput.estimate(plan(jobShadowing()).withRound(round), null,
				CallFacts.standard(CALL_YEAR, round2Open));

		List<Finding> findings = check("APP-ROUND", input);

		assertFound(findings, messageKey != null);
		assertThat(findings).extracting(Finding::messageKey)
			.containsExactlyElementsOf((messageKey != null) ? List.of(messageKey) : List.of());
	}

	@Test
	void setsTheDeadlinesAtMiddayBrusselsTimeSummerTimeIncluded() {
		CallFacts call = CallFacts.standard(2026, true);

		assertThat(call.round1Deadline()).isEqualTo(Instant.parse("2026-02-19T11:00:00Z"));
		assertThat(call.round2Deadline()).isEqualTo(Instant.parse("2026-10-01T10:00:00Z"));
		assertThat(call.deadline(3)).isEmpty();
		assertThat(call.startWindowFrom(1)).contains(LocalDate.of(2026, 6, 1));
		assertThat(call.startWindowTo(1)).contains(LocalDate.of(2026, 12, 31));
		assertThat(call.startWindowFrom(2)).contains(LocalDate.of(2027, 1, 1));
		assertThat(call.startWindowTo(2)).contains(LocalDate.of(2027, 5, 31));
	}

	@ParameterizedTest(name = "[{index}] round {0} at {1} Brussels time: late {2}")
	@CsvSource({ "1, 2026-01-05T08:00:00, false", "1, 2026-02-19T11:59:59, false", "1, 2026-02-19T11:59:59.999, false",
			"1, 2026-02-19T12:00:00, true", "1, 2026-02-19T12:00:01, true", "1, 2026-06-01T09:00:00, true",
			"2, 2026-09-30T23:00:00, false", "2, 2026-10-01T11:59:59, false", "2, 2026-10-01T12:00:00, true",
			"2, 2026-10-02T08:00:00, true", "3, 2030-01-01T00:00:00, false" })
	void refusesSubmissionsFromMiddayBrusselsTimeOnTheDeadlineDay(int round, LocalDateTime brusselsTime, boolean late) {
		Instant now = brusselsTime.atZone(CallFacts.BRUSSELS).toInstant();
		EligibilityInput input = submission(plan(jobShadowing()).withRound(round))
			.withSubmission(new SubmissionFacts(now, true, "Ana García"));

		List<Finding> findings = check("APP-DEADLINE", input);

		assertFound(findings, late);
		if (late) {
			assertThat(findings.get(0).args().get(2)).isEqualTo(LocalTime.NOON);
		}
	}

	@Test
	void namesTheMissedDeadlineInBrusselsTime() {
		EligibilityInput input = submission(plan(jobShadowing()))
			.withSubmission(new SubmissionFacts(Instant.parse("2026-02-19T11:00:00Z"), true, "Ana García"));

		assertThat(assertReadable(check("APP-DEADLINE", input).get(0)))
			.isEqualTo("The round 1 deadline (19 February 2026 at 12:00 Brussels time) has passed.");
	}

	@ParameterizedTest
	@CsvSource({ "1, 2026-05-31, true", "1, 2026-06-01, false", "1, 2026-12-31, false", "1, 2027-01-01, true",
			"2, 2026-12-31, true", "2, 2027-01-01, false", "2, 2027-05-31, false", "2, 2027-06-01, true" })
	void requiresAStartDateInsideTheWindowOfTheRound(int round, LocalDate start, boolean found) {
		EligibilityInput input = submission(plan(jobShadowing()).withRound(round))
			.withProject(new ProjectFacts(start, 12));

		assertFound(check("APP-START-DATE", input), found);
	}

	@Test
	void reportsAMissingStartDate() {
		EligibilityInput input = submission(plan(jobShadowing())).withProject(new ProjectFacts(null, 12));

		assertThat(check("APP-START-DATE", input)).extracting(Finding::messageKey)
			.containsExactly("rule.APP-START-DATE.message.missing");
	}

	@ParameterizedTest
	@CsvSource(nullValues = "NULL",
			value = { "5, true", "6, false", "12, false", "18, false", "19, true", "0, true", "NULL, true" })
	void requiresSixToEighteenMonths(Integer months, boolean found) {
		EligibilityInput input = submission(plan(jobShadowing()))
			.withProject(new ProjectFacts(LocalDate.of(CALL_YEAR, 9, 1), months));

		List<Finding> findings = check("APP-DURATION", input);

		assertFound(findings, found);
		if (months == null) {
			assertThat(findings.get(0).messageKey()).isEqualTo("rule.APP-DURATION.message.missing");
		}
	}

	@ParameterizedTest
	@CsvSource({ "JOB_SHADOWING, false", "TEACHING_ASSIGNMENT, false", "COURSE, false", "GROUP_PUPIL_MOBILITY, false",
			"SHORT_TERM_PUPIL_MOBILITY, false", "LONG_TERM_PUPIL_MOBILITY, false", "INVITED_EXPERT, true",
			"HOSTING_TEACHER_IN_TRAINING, true", "PREPARATORY_VISIT, true",
			"'INVITED_EXPERT,HOSTING_TEACHER_IN_TRAINING,PREPARATORY_VISIT', true", "'PREPARATORY_VISIT,COURSE', false",
			"'', true" })
	void requiresAtLeastOneStaffOrLearnerMobility(String types, boolean found) {
		PlannedActivity[] rows = Arrays.stream(types.split(","))
			.filter((type) -> !type.isBlank())
			.map((type) -> Fixtures.activity(ActivityType.valueOf(type)))
			.toArray(PlannedActivity[]::new);

		assertFound(check("APP-MOBILITY-REQUIRED", rows), found);
	}

	@ParameterizedTest(name = "[{index}] {0}: found {1}")
	@CsvSource({ "JOB_SHADOWING:30, false", "JOB_SHADOWING:31, true", "JOB_SHADOWING:20 COURSE:10, false",
			"JOB_SHADOWING:20 COURSE:11, true", "JOB_SHADOWING:30 PREPARATORY_VISIT:3, false",
			"JOB_SHADOWING:29 INVITED_EXPERT:2, true", "GROUP_PUPIL_MOBILITY:28 HOSTING_TEACHER_IN_TRAINING:2, false",
			"GROUP_PUPIL_MOBILITY:28 HOSTING_TEACHER_IN_TRAINING:3, true" })
	void capsTheProjectAtThirtyParticipantsWithoutVisitsAndAccompanyingPersons(String rows, boolean found) {
		PlannedActivity[] activities = Arrays.stream(rows.split(" ")).map((row) -> {
			String[] parts = row.split(":");
			return Fixtures.activity(ActivityType.valueOf(parts[0]))
				.withParticipants(Integer.parseInt(parts[1]))
				.withAccompanyingPersons(5);
		}).toArray(PlannedActivity[]::new);

		assertFound(check("APP-PARTICIPANT-CAP", activities), found);
	}

	@ParameterizedTest
	@CsvSource({ "false, false", "true, true" })
	void allowsOneSubmittedApplicationPerRound(boolean otherSubmission, boolean found) {
		assertFound(check("APP-ONE-PER-ROUND",
				withApplicant(OrganisationType.SCHOOL, false, List.of(), otherSubmission, plan(jobShadowing()))),
				found);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "NULL", value = { "2, 2026-1, true", "2, 2025-1, false", "2, 2026-2, false",
			"1, 2026-1, false", "2, NULL, false", "2, 2024-1;2026-1, true" })
	void closesRoundTwoAfterARoundOneGrantOfTheSameCall(int round, String grants, boolean found) {
		assertFound(check("APP-ROUND2-AFTER-GRANT", withApplicant(OrganisationType.SCHOOL, false, grants(grants), false,
				plan(jobShadowing()).withRound(round))), found);
	}

	@ParameterizedTest(name = "[{index}] call {0}, grants {1}: found {2}")
	@CsvSource(nullValues = "NULL", value = { "2026, 2022-1;2023-1;2024-1, true", "2026, 2021-1;2022-1;2023-1, false",
			"2024, 2019-1;2020-1;2021-1;2022-1, false", "2024, 2020-1;2021-1;2022-1;2023-1, true",
			"2025, 2021-1;2022-1;2023-2, true", "2026, 2022-1;2022-1;2023-1, false", "2026, 2022-1;2022-2;2023-1, true",
			"2026, 2026-1;2027-1;2028-1, false", "2026, NULL, false", "2026, 2024-1;2025-1, false" })
	void allowsAtMostThreeGrantsInFiveCallYearsCountingFrom2021(int callYear, String grants, boolean found) {
		ApplicationPlan plan = new ApplicationPlan(callYear, 1, "ES", null, List.of(jobShadowing()));

		assertFound(
				check("APP-THREE-IN-FIVE", withApplicant(OrganisationType.SCHOOL, false, grants(grants), false, plan)),
				found);
	}

	@ParameterizedTest(name = "[{index}] course share {1} of {0} (limit {2}): found {3}")
	@CsvSource({ "30000, 20000, 20000, false", "30000, 20000.01, 20000, true", "40000, 20000, 20000, false",
			"40000, 20001, 20000, true", "40001, 20000.50, 20000.50, false", "40001, 20000.51, 20000.50, true",
			"100000, 50000, 50000.00, false", "100000, 50000.01, 50000.00, true", "0, 0, 20000, false" })
	void limitsCoursesToTheLimitTheBudgetComputed(BigDecimal total, BigDecimal courseShare, BigDecimal limit,
			boolean found) {
		ApplicationPlan plan = plan(jobShadowing());
		EligibilityInput input = EligibilityInput.estimate(plan,
				new BudgetFigures(total, courseShare, limit, List.of(BigDecimal.ZERO)), null);

		assertFound(check("APP-COURSE-SHARE", input), found);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "NULL", value = { "true, Ana García, false", "false, Ana García, true", "true, '', true",
			"true, '   ', true", "true, NULL, true" })
	void requiresTheDeclarationOfANamedLegalRepresentative(boolean accepted, String name, boolean found) {
		EligibilityInput input = submission(plan(jobShadowing()))
			.withSubmission(new SubmissionFacts(Instant.parse("2026-02-01T10:00:00Z"), accepted, name));

		assertFound(check("APP-DECLARATION", input), found);
	}

}
