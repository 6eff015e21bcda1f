package eu.ka122.planner.review.web;

import org.springframework.context.i18n.LocaleContextHolder;
import eu.ka122.planner.shared.LocalNumbers;
import java.util.ArrayList;
import java.util.List;

import eu.ka122.planner.review.Decisions;
import eu.ka122.planner.review.DecisionOutcome;
import eu.ka122.planner.shared.PlannedActivity;

/** The decision form as typed: outcome, per activity keep and days, the reason. */
public class DecisionForm {

	private Long version;

	private String outcome;

	private String reason;

	private List<Row> activities = new ArrayList<>();

	static DecisionForm of(Decisions.DecisionSheet sheet) {
		DecisionForm form = new DecisionForm();
		List<PlannedActivity> planned = sheet.activities();
		for (int i = 0; i < planned.size(); i++) {
			Row row = new Row();
			row.setKeep(true);
			row.setDays(String.valueOf(planned.get(i).durationDays()));
			form.activities.add(row);
		}
		if (sheet.decision() != null) {
			form.version = sheet.decision().version();
			form.outcome = sheet.decision().outcome().name();
			form.reason = sheet.decision().reason();
		}
		return form;
	}

	DecisionOutcome chosenOutcome() {
		if (this.outcome == null) {
			return null;
		}
		try {
			return DecisionOutcome.valueOf(this.outcome);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * The changes to the activities; a days value that is not a whole number counts as
	 * invalid (0) so the budget service's check explains it.
	 */
	List<Decisions.ActivityChange> changes() {
		List<Decisions.ActivityChange> changes = new ArrayList<>();
		for (int i = 0; i < this.activities.size(); i++) {
			Row row = this.activities.get(i);
			Integer days = null;
			if (row.getDays() != null && !row.getDays().isBlank()) {
				try {
					days = LocalNumbers.parseInt(row.getDays(), LocaleContextHolder.getLocale());
				}
				catch (IllegalArgumentException ex) {
					days = 0;
				}
			}
			changes.add(new Decisions.ActivityChange(i, row.isKeep(), days));
		}
		return changes;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public List<Row> getActivities() {
		return this.activities;
	}

	public void setActivities(List<Row> activities) {
		this.activities = activities;
	}

	/** One activity: kept or not, and its days. */
	public static class Row {

		private boolean keep;

		private String days;

		public boolean isKeep() {
			return this.keep;
		}

		public void setKeep(boolean keep) {
			this.keep = keep;
		}

		public String getDays() {
			return this.days;
		}

		public void setDays(String days) {
			this.days = days;
		}

	}

}
