package eu.ka122.planner.guide.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import eu.ka122.planner.guide.domain.Aim;
import eu.ka122.planner.guide.domain.Answers;
import eu.ka122.planner.guide.domain.Frequency;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

class GuideFormTests {

	@Test
	void asksNoMoreThanSevenQuestionsEachWithALegendHintAnswersAndError() throws IOException {
		Properties guide = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource("i18n/guide.properties").getInputStream(),
				StandardCharsets.UTF_8)) {
			guide.load(reader);
		}
		assertThat(GuideForm.QUESTIONS).hasSizeBetween(5, 7);
		for (Question question : GuideForm.QUESTIONS) {
			String name = question.name();
			assertThat(guide).containsKeys("guide.q." + name, "guide.q." + name + ".hint", "guide.error." + name);
			question.options().forEach((option) -> assertThat(guide).containsKey("guide.q." + name + "." + option));
		}
	}

	@Test
	void rejectsMissingAndUnknownAnswersInTheOrderOfThePage() {
		GuideForm form = new GuideForm();
		form.setAccredited("maybe");
		form.setFrequency("REGULAR");
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "guideAnswers");
		form.validate(errors);
		assertThat(errors.getFieldErrors()).extracting(FieldError::getField)
			.containsExactly("aim", "partnersReady", "managedProjectBefore", "accredited", "moreThan30Participants",
					"threeRecentGrants");
		assertThat(errors.getFieldError("aim").getCode()).isEqualTo("guide.error.aim");
	}

	@Test
	void turnsACompleteSetOfAnswersIntoTheAdvisorsAnswers() {
		GuideForm form = new GuideForm();
		form.setAim("COOPERATION");
		form.setPartnersReady("true");
		form.setManagedProjectBefore("false");
		form.setAccredited("false");
		form.setMoreThan30Participants("true");
		form.setFrequency("OCCASIONAL");
		form.setThreeRecentGrants("false");
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "guideAnswers");
		form.validate(errors);
		assertThat(errors.hasErrors()).isFalse();
		assertThat(form.toAnswers())
			.isEqualTo(new Answers(Aim.COOPERATION, true, false, false, true, Frequency.OCCASIONAL, false));
	}

}
