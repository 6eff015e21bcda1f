package eu.ka122.planner.guide.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import eu.ka122.planner.guide.domain.Aim;
import eu.ka122.planner.guide.domain.Answers;
import eu.ka122.planner.guide.domain.Frequency;

import org.springframework.validation.Errors;

/**
 * The guide's answers as typed in the query string. Every answer is kept as the submitted
 * text, so a page with missing or unknown answers shows exactly what was chosen and never
 * fails on conversion.
 */
public class GuideForm {

	static final List<Question> QUESTIONS = List.of(Question.of("aim", names(Aim.values(), Aim::name)),
			Question.of("partnersReady", "true", "false"), Question.of("managedProjectBefore", "true", "false"),
			Question.of("accredited", "true", "false"), Question.of("moreThan30Participants", "false", "true"),
			Question.of("frequency", names(Frequency.values(), Frequency::name)),
			Question.of("threeRecentGrants", "true", "false"));

	private String aim;

	private String partnersReady;

	private String managedProjectBefore;

	private String accredited;

	private String moreThan30Participants;

	private String frequency;

	private String threeRecentGrants;

	/**
	 * Rejects every question without a valid answer, in question order: the error summary
	 * then lists the problems in the order of the page (Bean Validation would report them
	 * in no particular order).
	 */
	void validate(Errors errors) {
		for (Question question : QUESTIONS) {
			Object answer = errors.getFieldValue(question.name());
			if (answer == null || !question.options().contains(answer)) {
				errors.rejectValue(question.name(), "guide.error." + question.name());
			}
		}
	}

	/** The answers for the advisor; call only after {@link #validate} found nothing. */
	Answers toAnswers() {
		return new Answers(Aim.valueOf(this.aim), yes(this.partnersReady), yes(this.managedProjectBefore),
				yes(this.accredited), yes(this.moreThan30Participants), Frequency.valueOf(this.frequency),
				yes(this.threeRecentGrants));
	}

	private static boolean yes(String answer) {
		return Boolean.parseBoolean(answer);
	}

	private static <E> String[] names(E[] values, Function<E, String> name) {
		return Arrays.stream(values).map(name).toArray(String[]::new);
	}

	public String getAim() {
		return this.aim;
	}

	public void setAim(String aim) {
		this.aim = aim;
	}

	public String getPartnersReady() {
		return this.partnersReady;
	}

	public void setPartnersReady(String partnersReady) {
		this.partnersReady = partnersReady;
	}

	public String getManagedProjectBefore() {
		return this.managedProjectBefore;
	}

	public void setManagedProjectBefore(String managedProjectBefore) {
		this.managedProjectBefore = managedProjectBefore;
	}

	public String getAccredited() {
		return this.accredited;
	}

	public void setAccredited(String accredited) {
		this.accredited = accredited;
	}

	public String getMoreThan30Participants() {
		return this.moreThan30Participants;
	}

	public void setMoreThan30Participants(String moreThan30Participants) {
		this.moreThan30Participants = moreThan30Participants;
	}

	public String getFrequency() {
		return this.frequency;
	}

	public void setFrequency(String frequency) {
		this.frequency = frequency;
	}

	public String getThreeRecentGrants() {
		return this.threeRecentGrants;
	}

	public void setThreeRecentGrants(String threeRecentGrants) {
		this.threeRecentGrants = threeRecentGrants;
	}

}
