package eu.ka122.planner.drafting.web;

import java.util.LinkedHashSet;
import java.util.Set;

import eu.ka122.planner.estimate.ActivityInput;
import jakarta.validation.Valid;

/** One activity row of an application, with the objectives it serves. */
public class ActivityForm {

	private long version;

	@Valid
	private ActivityInput activity = new ActivityInput();

	private Set<Long> objectiveIds = new LinkedHashSet<>();

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public ActivityInput getActivity() {
		return this.activity;
	}

	public void setActivity(ActivityInput activity) {
		this.activity = activity;
	}

	public Set<Long> getObjectiveIds() {
		return this.objectiveIds;
	}

	public void setObjectiveIds(Set<Long> objectiveIds) {
		this.objectiveIds = objectiveIds;
	}

}
