package eu.ka122.planner.guide.domain;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class ActionAdvisorTests {

	@ParameterizedTest(name = "{0}, partners {1}, experienced {2}, accredited {3}, >30 {4}, {5}, 3 grants {6} -> {7}")
	@CsvSource(delimiter = '|',
			textBlock = """
					# aim      |partners|experienced|accredited|>30  |frequency  |3 grants|recommendation         |reasons
					# KA122: mobility within every limit of a short-term project
					MOBILITY   |false   |false      |false     |false|ONE_PROJECT|false   |SHORT_TERM_PROJECT     |AIM_MOBILITY NOT_ACCREDITED UP_TO_30_PARTICIPANTS ONE_PROJECT FIRST_PROJECT
					MOBILITY   |true    |true       |false     |false|OCCASIONAL |false   |SHORT_TERM_PROJECT     |AIM_MOBILITY NOT_ACCREDITED UP_TO_30_PARTICIPANTS A_FEW_PROJECTS
					# KA2 needs partners ready: without them the school starts with mobility
					COOPERATION|false   |false      |false     |false|ONE_PROJECT|false   |SHORT_TERM_PROJECT     |NO_PARTNERS_YET NOT_ACCREDITED UP_TO_30_PARTICIPANTS ONE_PROJECT FIRST_PROJECT
					COOPERATION|true    |true       |false     |false|ONE_PROJECT|false   |COOPERATION_PARTNERSHIP|AIM_COOPERATION PARTNERS_READY
					COOPERATION|true    |false      |false     |false|ONE_PROJECT|false   |COOPERATION_PARTNERSHIP|AIM_COOPERATION PARTNERS_READY KA2_NEEDS_EXPERIENCE
					# an accreditation does not stand in the way of KA2
					COOPERATION|true    |true       |true      |true |REGULAR    |true    |COOPERATION_PARTNERSHIP|AIM_COOPERATION PARTNERS_READY
					# hard limit: an accredited organisation cannot apply for KA122, whatever else it plans
					MOBILITY   |false   |true       |true      |false|ONE_PROJECT|false   |ACCREDITATION          |AIM_MOBILITY ACCREDITED_ORGANISATION
					MOBILITY   |false   |true       |true      |true |REGULAR    |true    |ACCREDITATION          |AIM_MOBILITY ACCREDITED_ORGANISATION
					COOPERATION|false   |true       |true      |false|OCCASIONAL |false   |ACCREDITATION          |NO_PARTNERS_YET ACCREDITED_ORGANISATION
					# hard limit: regular yearly mobility, more than three grants in five years
					MOBILITY   |false   |true       |false     |false|REGULAR    |false   |ACCREDITATION          |AIM_MOBILITY REGULAR_MOBILITY EXPERIENCED_ORGANISATION
					MOBILITY   |false   |false      |false     |false|REGULAR    |false   |ACCREDITATION          |AIM_MOBILITY REGULAR_MOBILITY NO_EXPERIENCE_NEEDED
					MOBILITY   |false   |true       |false     |false|ONE_PROJECT|true    |ACCREDITATION          |AIM_MOBILITY THREE_GRANTS_RECEIVED EXPERIENCED_ORGANISATION
					MOBILITY   |false   |false      |false     |true |REGULAR    |false   |ACCREDITATION          |AIM_MOBILITY REGULAR_MOBILITY MORE_THAN_30_PARTICIPANTS NO_EXPERIENCE_NEEDED
					# hard limit: more than 30 participants, accreditation with experience, consortium without
					MOBILITY   |false   |true       |false     |true |ONE_PROJECT|false   |ACCREDITATION          |AIM_MOBILITY MORE_THAN_30_PARTICIPANTS EXPERIENCED_ORGANISATION
					MOBILITY   |false   |false      |false     |true |ONE_PROJECT|false   |CONSORTIUM_MEMBERSHIP  |AIM_MOBILITY MORE_THAN_30_PARTICIPANTS CONSORTIUM_FOR_NEWCOMERS
					COOPERATION|false   |false      |false     |true |OCCASIONAL |false   |CONSORTIUM_MEMBERSHIP  |NO_PARTNERS_YET MORE_THAN_30_PARTICIPANTS CONSORTIUM_FOR_NEWCOMERS
					""")
	void recommendsTheActionThatFitsTheAnswersWithItsReasons(Aim aim, boolean partnersReady,
			boolean managedProjectBefore, boolean accredited, boolean moreThan30Participants, Frequency frequency,
			boolean threeRecentGrants, Recommendation recommendation, String reasons) {
		Advice advice = ActionAdvisor.advise(new Answers(aim, partnersReady, managedProjectBefore, accredited,
				moreThan30Participants, frequency, threeRecentGrants));
		assertThat(advice.recommendation()).isEqualTo(recommendation);
		assertThat(advice.reasons()).containsExactlyElementsOf(reasons(reasons));
	}

	@Test
	void neverRecommendsAShortTermProjectBeyondItsHardLimits() {
		for (Answers answers : everyAnswerSet()) {
			boolean beyondLimits = answers.accredited() || answers.moreThan30Participants()
					|| answers.frequency() == Frequency.REGULAR || answers.threeRecentGrants();
			if (beyondLimits) {
				assertThat(ActionAdvisor.advise(answers).recommendation()).as(answers.toString())
					.isNotEqualTo(Recommendation.SHORT_TERM_PROJECT);
			}
		}
	}

	@Test
	void recommendsAKa2PartnershipOnlyToASchoolThatWantsToCooperateAndHasPartners() {
		for (Answers answers : everyAnswerSet()) {
			boolean ka2 = ActionAdvisor.advise(answers).recommendation() == Recommendation.COOPERATION_PARTNERSHIP;
			assertThat(ka2).as(answers.toString())
				.isEqualTo(answers.aim() == Aim.COOPERATION && answers.partnersReady());
		}
	}

	@Test
	void explainsEveryHardLimitWithTheRuleThatEnforcesIt() {
		assertThat(Reason.ACCREDITED_ORGANISATION.ruleId()).isEqualTo("APP-ORG-ACCREDITED");
		assertThat(Reason.MORE_THAN_30_PARTICIPANTS.ruleId()).isEqualTo("APP-PARTICIPANT-CAP");
		assertThat(Reason.THREE_GRANTS_RECEIVED.ruleId()).isEqualTo("APP-THREE-IN-FIVE");
		assertThat(Reason.AIM_MOBILITY.ruleId()).isNull();
	}

	@Test
	void needsAnAimAndAFrequency() {
		assertThatNullPointerException()
			.isThrownBy(() -> new Answers(null, false, false, false, false, Frequency.ONE_PROJECT, false));
		assertThatNullPointerException()
			.isThrownBy(() -> new Answers(Aim.MOBILITY, false, false, false, false, null, false));
	}

	private static List<Reason> reasons(String names) {
		return Arrays.stream(names.split(" ")).map(Reason::valueOf).toList();
	}

	/** All 2 × 2⁵ × 3 combinations of answers. */
	static List<Answers> everyAnswerSet() {
		List<Answers> all = new java.util.ArrayList<>();
		for (Aim aim : Aim.values()) {
			for (Frequency frequency : Frequency.values()) {
				for (int flags = 0; flags < 32; flags++) {
					all.add(new Answers(aim, bit(flags, 0), bit(flags, 1), bit(flags, 2), bit(flags, 3), frequency,
							bit(flags, 4)));
				}
			}
		}
		return all;
	}

	private static boolean bit(int flags, int index) {
		return (flags & (1 << index)) != 0;
	}

}
