package eu.ka122.planner.guide.domain;

import java.util.List;
import java.util.Objects;

/**
 * The guide's answer: one recommendation and the reasons that led to it, in the order
 * they were weighed.
 */
public record Advice(Recommendation recommendation, List<Reason> reasons) {

	public Advice {
		Objects.requireNonNull(recommendation, "recommendation");
		reasons = List.copyOf(reasons);
	}

}
