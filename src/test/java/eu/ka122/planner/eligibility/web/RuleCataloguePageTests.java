package eu.ka122.planner.eligibility.web;

import java.util.List;

import eu.ka122.planner.eligibility.domain.RuleCatalogue;
import eu.ka122.planner.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RuleCataloguePageTests {

	/**
	 * Every rule ID of the rulebook, §2 then §3, in its order: the IDs are a public
	 * contract.
	 */
	static final List<String> RULEBOOK_IDS = List.of("APP-ORG-TYPE", "APP-ORG-ACCREDITED", "APP-ORG-COUNTRY",
			"APP-ROUND", "APP-DEADLINE", "APP-START-DATE", "APP-DURATION", "APP-MOBILITY-REQUIRED",
			"APP-PARTICIPANT-CAP", "APP-ONE-PER-ROUND", "APP-ROUND2-AFTER-GRANT", "APP-THREE-IN-FIVE",
			"APP-COURSE-SHARE", "APP-DECLARATION", "ACT-DURATION", "ACT-PARTICIPANTS", "ACT-GROUP-SIZE",
			"ACT-GROUP-ACCOMPANIED", "ACT-DESTINATION-ELIGIBLE", "ACT-ABROAD", "ACT-TRAVEL-DAYS",
			"ACT-ACCOMPANYING-TYPE", "ACT-LINGUISTIC-TYPE", "ACT-COURSE-PER-ORG", "ACT-PREP-SIZE", "ACT-PREP-HOST",
			"ACT-PREP-ONE-PER-HOST", "ACT-PREP-NOT-COURSES", "ACT-EXPENSIVE-TRAVEL", "ACT-GREEN-UNDER-500",
			"ACT-NO-TRAVEL-GRANT", "ACT-ACCOMPANYING-60", "ACT-LONG-TERM-TRAINING", "ACT-COURSE-QUALITY");

	@Autowired
	MockMvcTester mvc;

	@Test
	void listsEveryRuleOfTheRulebookWithItsGuidePassageWithoutSigningIn() throws Exception {
		String page = this.mvc.get().uri("/rules").exchange().getResponse().getContentAsString();
		assertThat(RuleCatalogue.all()).extracting("id").containsExactlyElementsOf(RULEBOOK_IDS);
		RULEBOOK_IDS.forEach((id) -> assertThat(page).contains("id=\"" + id + "\""));
		assertThat(page).contains("Programme Guide, Courses and training:")
			.contains("Product decision:")
			.contains("Lithuania in group 3")
			.doesNotContain("??");
	}

}
