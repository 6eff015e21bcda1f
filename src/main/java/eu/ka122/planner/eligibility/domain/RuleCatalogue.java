package eu.ka122.planner.eligibility.domain;

import java.util.List;
import java.util.Optional;

/**
 * Every rule of the rulebook (§2 and §3), in rulebook order, for the engine and the rule
 * catalogue page.
 */
public final class RuleCatalogue {

	private static final List<Rule> ALL = List.of(new AppOrgTypeRule(), new AppOrgAccreditedRule(),
			new AppOrgCountryRule(), new AppRoundRule(), new AppDeadlineRule(), new AppStartDateRule(),
			new AppDurationRule(), new AppMobilityRequiredRule(), new AppParticipantCapRule(), new AppOnePerRoundRule(),
			new AppRound2AfterGrantRule(), new AppThreeInFiveRule(), new AppCourseShareRule(), new AppDeclarationRule(),
			new ActDurationRule(), new ActParticipantsRule(), new ActGroupSizeRule(), new ActGroupAccompaniedRule(),
			new ActDestinationEligibleRule(), new ActAbroadRule(), new ActTravelDaysRule(),
			new ActAccompanyingTypeRule(), new ActLinguisticTypeRule(), new ActCoursePerOrgRule(),
			new ActPrepSizeRule(), new ActPrepHostRule(), new ActPrepOnePerHostRule(), new ActPrepNotCoursesRule(),
			new ActExpensiveTravelRule(), new ActGreenUnder500Rule(), new ActNoTravelGrantRule(),
			new ActAccompanying60Rule(), new ActLongTermTrainingRule(), new ActCourseQualityRule());

	private RuleCatalogue() {
	}

	public static List<Rule> all() {
		return ALL;
	}

	public static Optional<Rule> find(String id) {
		return ALL.stream().filter((rule) -> rule.id().equals(id)).findFirst();
	}

}
