package eu.ka122.planner.review.web;

import org.springframework.context.i18n.LocaleContextHolder;
import eu.ka122.planner.shared.LocalNumbers;
import java.util.EnumMap;
import java.util.Map;

import eu.ka122.planner.review.Assessments;
import eu.ka122.planner.review.domain.Criterion;

import org.springframework.validation.Errors;

/**
 * The score sheet as typed: points as text, so that "twelve" or "25" for a criterion of
 * 20 is explained on the page with everything else kept.
 */
public class ScoreForm {

	static final int MAX_COMMENT = 4000;

	private Long version;

	private String relevance;

	private String projectDesign;

	private String followUp;

	private String relevanceComment;

	private String projectDesignComment;

	private String followUpComment;

	static ScoreForm of(Assessments.ScoreSheet sheet) {
		ScoreForm form = new ScoreForm();
		form.version = sheet.version();
		form.relevance = text(sheet.points().get(Criterion.RELEVANCE));
		form.projectDesign = text(sheet.points().get(Criterion.PROJECT_DESIGN));
		form.followUp = text(sheet.points().get(Criterion.FOLLOW_UP));
		form.relevanceComment = sheet.comments().get(Criterion.RELEVANCE);
		form.projectDesignComment = sheet.comments().get(Criterion.PROJECT_DESIGN);
		form.followUpComment = sheet.comments().get(Criterion.FOLLOW_UP);
		return form;
	}

	private static String text(Integer value) {
		return value == null ? null : value.toString();
	}

	/**
	 * The points per criterion; a field error for each missing, non-numeric or
	 * out-of-range one.
	 */
	Map<Criterion, Integer> points(Errors errors) {
		Map<Criterion, Integer> points = new EnumMap<>(Criterion.class);
		for (Criterion criterion : Criterion.values()) {
			String field = field(criterion);
			String value = switch (criterion) {
				case RELEVANCE -> this.relevance;
				case PROJECT_DESIGN -> this.projectDesign;
				case FOLLOW_UP -> this.followUp;
			};
			Integer parsed = null;
			if (value != null && !value.isBlank()) {
				try {
					parsed = LocalNumbers.parseInt(value, LocaleContextHolder.getLocale());
				}
				catch (IllegalArgumentException ex) {
					// reported below
				}
			}
			if (parsed == null || parsed < 0 || parsed > criterion.max()) {
				errors.rejectValue(field, "review.score.error.points", new Object[] { criterion.max() }, null);
			}
			else {
				points.put(criterion, parsed);
			}
			String comment = comments().get(criterion);
			if (comment == null) {
				errors.rejectValue(field + "Comment", "review.score.error.comment");
			}
			else if (comment.length() > MAX_COMMENT) {
				errors.rejectValue(field + "Comment", "review.score.error.commentLength", new Object[] { MAX_COMMENT },
						null);
			}
		}
		return points;
	}

	Map<Criterion, String> comments() {
		Map<Criterion, String> comments = new EnumMap<>(Criterion.class);
		put(comments, Criterion.RELEVANCE, this.relevanceComment);
		put(comments, Criterion.PROJECT_DESIGN, this.projectDesignComment);
		put(comments, Criterion.FOLLOW_UP, this.followUpComment);
		return comments;
	}

	private static void put(Map<Criterion, String> comments, Criterion criterion, String text) {
		if (text != null && !text.isBlank()) {
			comments.put(criterion, text.strip());
		}
	}

	/**
	 * The form field of a criterion's points; its comment is the same name + "Comment".
	 */
	public static String field(Criterion criterion) {
		return switch (criterion) {
			case RELEVANCE -> "relevance";
			case PROJECT_DESIGN -> "projectDesign";
			case FOLLOW_UP -> "followUp";
		};
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getRelevance() {
		return this.relevance;
	}

	public void setRelevance(String relevance) {
		this.relevance = relevance;
	}

	public String getProjectDesign() {
		return this.projectDesign;
	}

	public void setProjectDesign(String projectDesign) {
		this.projectDesign = projectDesign;
	}

	public String getFollowUp() {
		return this.followUp;
	}

	public void setFollowUp(String followUp) {
		this.followUp = followUp;
	}

	public String getRelevanceComment() {
		return this.relevanceComment;
	}

	public void setRelevanceComment(String relevanceComment) {
		this.relevanceComment = relevanceComment;
	}

	public String getProjectDesignComment() {
		return this.projectDesignComment;
	}

	public void setProjectDesignComment(String projectDesignComment) {
		this.projectDesignComment = projectDesignComment;
	}

	public String getFollowUpComment() {
		return this.followUpComment;
	}

	public void setFollowUpComment(String followUpComment) {
		this.followUpComment = followUpComment;
	}

}
