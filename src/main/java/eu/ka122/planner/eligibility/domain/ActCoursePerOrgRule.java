package eu.ka122.planner.eligibility.domain;

import java.util.List;
import java.util.Optional;

import eu.ka122.planner.shared.ActivityType;
import eu.ka122.planner.shared.PlannedActivity;

/**
 * ACT-COURSE-PER-ORG: at most three people of the applicant attend the same course. Rows
 * are the same course when their titles match trimmed and case-insensitively; a row
 * without a title is a course of its own. Every row of an oversubscribed course gets the
 * finding, so the applicant sees all of them.
 */
final class ActCoursePerOrgRule extends ActivityRule {

	static final int MAX_PER_COURSE = 3;

	ActCoursePerOrgRule() {
		super("ACT-COURSE-PER-ORG", Severity.ERROR, "Staff mobility – Courses and training", true);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input, int index, PlannedActivity activity) {
		if (activity.type() != ActivityType.COURSE) {
			return Optional.empty();
		}
		Optional<String> title = Names.key(activity.courseTitle());
		long attendees = title.isEmpty() ? activity.participants() : attendees(input.plan().activities(), title);
		return (attendees <= MAX_PER_COURSE) ? Optional.empty() : Optional.of(Violation.of(attendees, MAX_PER_COURSE,
				(activity.courseTitle() != null) ? activity.courseTitle().trim() : ""));
	}

	/** Participants of every COURSE row with this title. */
	private static long attendees(List<PlannedActivity> activities, Optional<String> title) {
		long attendees = 0;
		for (PlannedActivity other : activities) {
			if (other.type() == ActivityType.COURSE && Names.key(other.courseTitle()).equals(title)) {
				attendees += other.participants();
			}
		}
		return attendees;
	}

}
