package eu.ka122.planner.drafting.web;

import java.util.List;
import java.util.Set;

import eu.ka122.planner.drafting.Draft;
import eu.ka122.planner.eligibility.domain.Finding;
import eu.ka122.planner.eligibility.domain.Severity;

/** The sections of an application with their status, in the GOV.UK task-list pattern. */
final class TaskList {

	enum Status {

		NOT_STARTED, IN_PROGRESS, COMPLETED, PROBLEM

	}

	enum Section {

		CONTEXT("context", Set.of("APP-ROUND", "APP-DEADLINE", "APP-START-DATE", "APP-DURATION")),
		ORGANISATION("organisation",
				Set.of("APP-ORG-TYPE", "APP-ORG-ACCREDITED", "APP-ORG-COUNTRY", "APP-ONE-PER-ROUND",
						"APP-ROUND2-AFTER-GRANT", "APP-THREE-IN-FIVE")),
		DESCRIPTION("description", Set.of()),
		ACTIVITIES("activities", Set.of("APP-MOBILITY-REQUIRED", "APP-PARTICIPANT-CAP", "APP-COURSE-SHARE")),
		FOLLOW_UP("follow-up", Set.of()), BUDGET("budget", Set.of());

		final String path;

		final Set<String> rules;

		Section(String path, Set<String> rules) {
			this.path = path;
			this.rules = rules;
		}

		public String path() {
			return this.path;
		}

		boolean concerns(Finding finding) {
			return (this == ACTIVITIES && finding.activityIndex() != null) || this.rules.contains(finding.ruleId());
		}

	}

	record Task(Section section, Status status) {
	}

	private TaskList() {
	}

	static List<Task> of(Draft draft) {
		return List.of(Section.values()).stream().map((s) -> new Task(s, status(s, draft))).toList();
	}

	/** The section a finding should send the reader to. */
	static Section sectionOf(Finding finding) {
		for (Section section : Section.values()) {
			if (section.concerns(finding)) {
				return section;
			}
		}
		return Section.CONTEXT;
	}

	private static Status status(Section section, Draft draft) {
		boolean problem = draft.estimate()
			.findings()
			.stream()
			.anyMatch((f) -> f.severity() == Severity.ERROR && section.concerns(f));
		int filled;
		int required;
		switch (section) {
			case CONTEXT -> {
				filled = count(draft.projectStart() != null, draft.durationMonths() != null, draft.language() != null);
				required = 3;
			}
			case DESCRIPTION -> {
				filled = count(has(draft.title()), has(draft.background()), !draft.objectives().isEmpty());
				required = 3;
			}
			case ACTIVITIES -> {
				filled = draft.activities().isEmpty() ? 0 : 1;
				required = 1;
			}
			case FOLLOW_UP -> {
				filled = count(has(draft.followUpIntegration()), has(draft.followUpEvaluation()),
						has(draft.followUpDissemination()), has(draft.followUpVisibility()));
				required = 4;
			}
			default -> {
				filled = 1;
				required = 1;
			}
		}
		if (problem && filled > 0 || problem && section == Section.ORGANISATION) {
			return Status.PROBLEM;
		}
		if (filled == 0) {
			return Status.NOT_STARTED;
		}
		return filled < required ? Status.IN_PROGRESS : Status.COMPLETED;
	}

	private static boolean has(String value) {
		return value != null && !value.isBlank();
	}

	private static int count(boolean... values) {
		int n = 0;
		for (boolean value : values) {
			n += value ? 1 : 0;
		}
		return n;
	}

}
