package eu.ka122.planner.guide.domain;

import java.util.Objects;

/**
 * A school's answers to the guide's questions.
 *
 * @param aim what the school mainly wants
 * @param partnersReady whether partner organisations in another country are ready to
 * share a joint project
 * @param managedProjectBefore whether the organisation has managed an Erasmus+ project
 * before
 * @param accredited whether it holds an Erasmus accreditation in school education
 * @param moreThan30Participants whether more than 30 participants are planned
 * (accompanying persons and preparatory visits not counted)
 * @param frequency how often it wants to organise mobility
 * @param threeRecentGrants whether it received three short-term project grants in the
 * last four call years
 */
public record Answers(Aim aim, boolean partnersReady, boolean managedProjectBefore, boolean accredited,
		boolean moreThan30Participants, Frequency frequency, boolean threeRecentGrants) {

	public Answers {
		Objects.requireNonNull(aim, "aim");
		Objects.requireNonNull(frequency, "frequency");
	}

}
