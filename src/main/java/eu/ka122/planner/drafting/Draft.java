package eu.ka122.planner.drafting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import eu.ka122.planner.estimate.Estimate;
import eu.ka122.planner.shared.PlannedActivity;

/**
 * Everything the application pages show, read in one transaction: the sections, the
 * objectives, the activities, and the current estimate with every finding.
 */
public record Draft(long id, long version, int callYear, int round, String agencyCode, ApplicationStatus status,
		String reference, Instant deadline, boolean editable, String title, LocalDate projectStart,
		Integer durationMonths, String language, String background, String followUpIntegration,
		String followUpEvaluation, String followUpDissemination, String followUpVisibility, boolean priorityInclusion,
		boolean priorityEnvironment, boolean priorityDigital, boolean priorityParticipation, String etwinning,
		BigDecimal financialGuaranteeCosts, String legalRepresentative, List<Objective> objectives,
		List<Activity> activities, Estimate estimate) {

	public Activity activity(long activityId) {
		return this.activities.stream()
			.filter((a) -> a.id() == activityId)
			.findFirst()
			.orElseThrow(ApplicationNotFoundException::new);
	}

	/** An objective and its position (1-based for people). */
	public record Objective(long id, int number, String text) {
	}

	/** An activity row as stored. */
	public record Activity(long id, int index, PlannedActivity row, String originCity, Set<Long> objectiveIds) {

		public int number() {
			return this.index + 1;
		}

	}

}
