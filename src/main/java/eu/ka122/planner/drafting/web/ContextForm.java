package eu.ka122.planner.drafting.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Section "Context": when the project starts, how long it lasts, in which language it is
 * written.
 */
public class ContextForm {

	private long version;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate projectStart;

	@Min(1)
	@Max(60)
	private Integer durationMonths;

	@Pattern(regexp = "[a-z]{2}")
	private String language;

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public LocalDate getProjectStart() {
		return this.projectStart;
	}

	public void setProjectStart(LocalDate projectStart) {
		this.projectStart = projectStart;
	}

	public Integer getDurationMonths() {
		return this.durationMonths;
	}

	public void setDurationMonths(Integer durationMonths) {
		this.durationMonths = durationMonths;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

}
