package eu.ka122.planner.guide.web;

import java.util.HashMap;
import java.util.Map;

import eu.ka122.planner.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class GuidePageTests {

	/** A first-time school sending 20 people on one project: the textbook KA122 case. */
	static final Map<String, String> SHORT_TERM = Map.of("aim", "MOBILITY", "partnersReady", "false",
			"managedProjectBefore", "false", "accredited", "false", "moreThan30Participants", "false", "frequency",
			"ONE_PROJECT", "threeRecentGrants", "false");

	@Autowired
	MockMvcTester mvc;

	@Test
	void opensWithoutSigningInWithEveryQuestionAsALabelledRadioGroupAndNoRecommendation() {
		assertThat(this.mvc.get().uri("/guide")).hasStatusOk()
			.bodyText()
			.contains("<h1>Is KA122 the right action for you?</h1>")
			.contains("<legend class=\"h5\">What is the main aim of your project?</legend>")
			.contains(
					"<legend class=\"h5\">Does your organisation hold an Erasmus accreditation in school education?</legend>")
			.contains("<input class=\"form-check-input\" type=\"radio\" id=\"aim\" value=\"MOBILITY\" name=\"aim\">")
			.contains("<label class=\"form-check-label\" for=\"aim\">")
			.contains("id=\"aim-COOPERATION\"")
			.contains("for=\"aim-COOPERATION\"")
			.doesNotContain("There is a problem")
			.doesNotContain("Our recommendation")
			.doesNotContain("??");
	}

	@Test
	void listsEveryUnansweredQuestionLinkedToItsFieldAndKeepsTheAnswersGiven() {
		MvcTestResult page = this.mvc.get()
			.uri("/guide")
			.param("check", "1")
			.param("aim", "COOPERATION")
			.param("accredited", "false")
			.exchange();
		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("There is a problem")
			.contains("<a href=\"#partnersReady\">Choose whether you have partner organisations ready.</a>")
			.contains("<a href=\"#frequency\">Choose how often you want to organise mobility.</a>")
			.doesNotContain("href=\"#aim\"")
			.contains("id=\"aim-COOPERATION\" value=\"COOPERATION\" name=\"aim\" checked=\"checked\"")
			.contains("id=\"accredited-false\" value=\"false\" name=\"accredited\" checked=\"checked\"")
			.contains("aria-describedby=\"partnersReady-hint partnersReady-error\"")
			.doesNotContain("Our recommendation");
	}

	@Test
	void recommendsAShortTermProjectWithALinkToStartAnApplicationAndToTheCalculator() {
		assertThat(guide(SHORT_TERM)).hasStatusOk()
			.bodyText()
			.contains("Our recommendation")
			.contains("A short-term project for mobility of pupils and staff (KA122)")
			.contains(
					"Short-term projects are the best choice for organisations applying to Erasmus+ for the first time.")
			.contains(
					"<a class=\"btn btn-primary\" href=\"/coordinator\" aria-describedby=\"start-hint\">Start an application</a>")
			.contains("href=\"/calculator\"")
			.contains("value=\"ONE_PROJECT\" name=\"frequency\" checked=\"checked\"")
			.doesNotContain("There is a problem");
	}

	@Test
	void tellsAnAccreditedOrganisationThatShortTermProjectsAreNotForIt() {
		MvcTestResult page = guide(SHORT_TERM, "accredited", "true").exchange();
		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("data-recommendation=\"ACCREDITATION\"")
			.contains("Short-term projects (KA122) are not open to organisations holding an Erasmus accreditation")
			.contains("href=\"/rules#APP-ORG-ACCREDITED\"")
			.doesNotContain("Start an application");
	}

	@Test
	void sendsASchoolPlanningMoreThan30ParticipantsElsewhere() {
		MvcTestResult page = guide(SHORT_TERM, "moreThan30Participants", "true").exchange();
		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("Join an existing Erasmus mobility consortium")
			.contains("A short-term project can include at most 30 participants")
			.contains("href=\"/rules#APP-PARTICIPANT-CAP\"")
			.doesNotContain("Start an application");
	}

	@Test
	void recommendsAKa2PartnershipToASchoolThatWantsToCreateSomethingWithItsPartners() {
		MvcTestResult page = guide(SHORT_TERM, "aim", "COOPERATION", "partnersReady", "true", "managedProjectBefore",
				"true")
			.exchange();
		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("A KA2 cooperation partnership")
			.contains("Partners are required: organisations from at least two countries.");
	}

	/**
	 * The guide submitted with the answers, some of them changed:
	 * {@code name, value, name, value...}.
	 */
	private MockMvcRequestBuilder guide(Map<String, String> answers, String... changes) {
		Map<String, String> submitted = new HashMap<>(answers);
		for (int i = 0; i < changes.length; i += 2) {
			submitted.put(changes[i], changes[i + 1]);
		}
		MockMvcRequestBuilder request = this.mvc.get().uri("/guide").param("check", "1");
		submitted.forEach(request::param);
		return request;
	}

}
