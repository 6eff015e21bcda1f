package eu.ka122.planner.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityTypeTests {

	@ParameterizedTest
	@CsvSource({
			// type, kind, min, max, mobility, incoming, outgoing, travel, linguistic
			"JOB_SHADOWING, STAFF, 2, 60, true, false, true, true, true",
			"TEACHING_ASSIGNMENT, STAFF, 2, 365, true, false, true, true, true",
			"COURSE, STAFF, 2, 10, true, false, true, true, false",
			"GROUP_PUPIL_MOBILITY, LEARNER, 2, 30, true, false, true, true, false",
			"SHORT_TERM_PUPIL_MOBILITY, LEARNER, 10, 29, true, false, true, true, true",
			"LONG_TERM_PUPIL_MOBILITY, LEARNER, 30, 365, true, false, true, true, true",
			"INVITED_EXPERT, OTHER, 2, 60, false, true, false, true, false",
			"HOSTING_TEACHER_IN_TRAINING, OTHER, 10, 365, false, true, false, false, false",
			"PREPARATORY_VISIT, OTHER, 1, 10, false, false, true, false, false" })
	void describesEachTypeAsTheRulebookDoes(ActivityType type, ParticipantKind kind, int min, int max, boolean mobility,
			boolean incoming, boolean outgoing, boolean travel, boolean linguistic) {
		assertThat(type.kind()).isEqualTo(kind);
		assertThat(type.minDays()).isEqualTo(min);
		assertThat(type.maxDays()).isEqualTo(max);
		assertThat(type.isMobility()).isEqualTo(mobility);
		assertThat(type.isIncoming()).isEqualTo(incoming);
		assertThat(type.isOutgoing()).isEqualTo(outgoing);
		assertThat(type.receivesTravel()).isEqualTo(travel);
		assertThat(type.receivesIndividualSupport()).isEqualTo(travel);
		assertThat(type.receivesLinguisticSupport()).isEqualTo(linguistic);
	}

	@ParameterizedTest
	@CsvSource({ "SCHOOL, true", "LOCAL_OR_REGIONAL_AUTHORITY, true", "COORDINATION_BODY, true",
			"OTHER_SCHOOL_EDUCATION_ORGANISATION, true", "OTHER_NOT_ELIGIBLE, false" })
	void letsOnlySchoolEducationOrganisationsApply(OrganisationType type, boolean eligible) {
		assertThat(type.eligible()).isEqualTo(eligible);
	}

}
