package eu.ka122.planner.guide.domain;

/**
 * What the school mainly wants: the question that separates Key Action 1 from Key Action
 * 2.
 */
public enum Aim {

	/** Training and learning of its own staff and pupils abroad (KA1). */
	MOBILITY,

	/** Creating something new together with partner organisations (KA2). */
	COOPERATION

}
