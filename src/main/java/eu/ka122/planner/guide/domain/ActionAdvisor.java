package eu.ka122.planner.guide.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Recommends an Erasmus+ action from a school's answers, following the Programme Guide
 * chapter on mobility for pupils and staff in school education and the KA1 versus KA2
 * comparison.
 * <ol>
 * <li>Creating something new with partners is KA2, but only with partners ready; without
 * them the school starts with mobility.</li>
 * <li>An accredited organisation cannot apply for a short-term project: it uses its
 * accreditation.</li>
 * <li>Regular mobility, or a fourth short-term grant within five call years, needs an
 * accreditation.</li>
 * <li>More than 30 participants does not fit a short-term project: an accreditation for
 * an organisation with experience, a consortium for a newcomer.</li>
 * <li>Everything else fits a short-term project (KA122).</li>
 * </ol>
 */
public final class ActionAdvisor {

	private ActionAdvisor() {
	}

	public static Advice advise(Answers answers) {
		List<Reason> reasons = new ArrayList<>();
		if (answers.aim() == Aim.COOPERATION) {
			if (answers.partnersReady()) {
				reasons.add(Reason.AIM_COOPERATION);
				reasons.add(Reason.PARTNERS_READY);
				if (!answers.managedProjectBefore()) {
					reasons.add(Reason.KA2_NEEDS_EXPERIENCE);
				}
				return new Advice(Recommendation.COOPERATION_PARTNERSHIP, reasons);
			}
			reasons.add(Reason.NO_PARTNERS_YET);
		}
		else {
			reasons.add(Reason.AIM_MOBILITY);
		}
		if (answers.accredited()) {
			reasons.add(Reason.ACCREDITED_ORGANISATION);
			return new Advice(Recommendation.ACCREDITATION, reasons);
		}
		boolean regular = answers.frequency() == Frequency.REGULAR;
		if (regular) {
			reasons.add(Reason.REGULAR_MOBILITY);
		}
		if (answers.threeRecentGrants()) {
			reasons.add(Reason.THREE_GRANTS_RECEIVED);
		}
		if (answers.moreThan30Participants()) {
			reasons.add(Reason.MORE_THAN_30_PARTICIPANTS);
		}
		if (regular || answers.threeRecentGrants()) {
			reasons.add(answers.managedProjectBefore() ? Reason.EXPERIENCED_ORGANISATION : Reason.NO_EXPERIENCE_NEEDED);
			return new Advice(Recommendation.ACCREDITATION, reasons);
		}
		if (answers.moreThan30Participants()) {
			// A newcomer can take part without running a grant; an experienced school can
			// write its own plan.
			if (answers.managedProjectBefore()) {
				reasons.add(Reason.EXPERIENCED_ORGANISATION);
				return new Advice(Recommendation.ACCREDITATION, reasons);
			}
			reasons.add(Reason.CONSORTIUM_FOR_NEWCOMERS);
			return new Advice(Recommendation.CONSORTIUM_MEMBERSHIP, reasons);
		}
		reasons.add(Reason.NOT_ACCREDITED);
		reasons.add(Reason.UP_TO_30_PARTICIPANTS);
		reasons.add((answers.frequency() == Frequency.ONE_PROJECT) ? Reason.ONE_PROJECT : Reason.A_FEW_PROJECTS);
		if (!answers.managedProjectBefore()) {
			reasons.add(Reason.FIRST_PROJECT);
		}
		return new Advice(Recommendation.SHORT_TERM_PROJECT, reasons);
	}

}
