package eu.ka122.planner.review.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One assessor's scores for one application: a whole number of points for every
 * criterion, from 0 to the criterion's maximum, and an optional comment per criterion.
 *
 * @param assessorId who assessed; an application counts each assessor once
 * @param scores the points per criterion; every criterion must be scored
 * @param comments the assessor's comment per criterion; criteria without one are absent
 */
public record Assessment(String assessorId, Map<Criterion, Integer> scores, Map<Criterion, String> comments) {

	public Assessment {
		if (assessorId == null || assessorId.isBlank()) {
			throw new IllegalArgumentException("An assessment needs the assessor's id");
		}
		if (scores == null) {
			throw new IllegalArgumentException("Assessment by " + assessorId + " has no scores");
		}
		EnumMap<Criterion, Integer> checked = new EnumMap<>(Criterion.class);
		for (Criterion criterion : Criterion.values()) {
			Integer score = scores.get(criterion);
			if (score == null) {
				throw new IllegalArgumentException(
						"Assessment by " + assessorId + " has no score for " + criterion.name());
			}
			if (score < 0 || score > criterion.max()) {
				throw new IllegalArgumentException("Assessment by " + assessorId + ": score " + score + " for "
						+ criterion.name() + " is outside 0.." + criterion.max());
			}
			checked.put(criterion, score);
		}
		EnumMap<Criterion, String> kept = new EnumMap<>(Criterion.class);
		if (comments != null) {
			comments.forEach((criterion, comment) -> {
				if (criterion != null && comment != null && !comment.isBlank()) {
					kept.put(criterion, comment);
				}
			});
		}
		scores = Collections.unmodifiableMap(checked);
		comments = Collections.unmodifiableMap(kept);
	}

	/** Scores without comments, in criterion order: relevance, design, follow-up. */
	public static Assessment of(String assessorId, int relevance, int projectDesign, int followUp) {
		return new Assessment(assessorId, Map.of(Criterion.RELEVANCE, relevance, Criterion.PROJECT_DESIGN,
				projectDesign, Criterion.FOLLOW_UP, followUp), Map.of());
	}

	public int score(Criterion criterion) {
		return this.scores.get(criterion);
	}

	/** The points over all criteria, 0 to 100. */
	public int total() {
		return this.scores.values().stream().mapToInt(Integer::intValue).sum();
	}

}
