package eu.ka122.planner.drafting.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

/** Section "Background and objectives". */
public class DescriptionForm {

	static final int MAX_OBJECTIVES = 20;

	private long version;

	@Size(max = 200)
	private String title;

	@Size(max = 5000)
	private String background;

	@Size(max = MAX_OBJECTIVES)
	private List<@Size(max = 1000) String> objectives = new ArrayList<>();

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBackground() {
		return this.background;
	}

	public void setBackground(String background) {
		this.background = background;
	}

	public List<String> getObjectives() {
		return this.objectives;
	}

	public void setObjectives(List<String> objectives) {
		this.objectives = objectives;
	}

}
