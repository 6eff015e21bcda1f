package eu.ka122.planner.shared;

/**
 * The activity types of KA122-SCH. The enum names are part of the public API (estimate
 * API, exports); durations are those of the physical part, travel days excluded.
 */
public enum ActivityType {

	JOB_SHADOWING(ParticipantKind.STAFF, 2, 60),

	TEACHING_ASSIGNMENT(ParticipantKind.STAFF, 2, 365),

	COURSE(ParticipantKind.STAFF, 2, 10),

	GROUP_PUPIL_MOBILITY(ParticipantKind.LEARNER, 2, 30),

	/**
	 * 10 to 29 days; the rulebook lets rows where every pupil has fewer opportunities go
	 * down to 2 days with a justification, which ACT-DURATION handles, so the regular
	 * range stays here.
	 */
	SHORT_TERM_PUPIL_MOBILITY(ParticipantKind.LEARNER, 10, 29),

	LONG_TERM_PUPIL_MOBILITY(ParticipantKind.LEARNER, 30, 365),

	INVITED_EXPERT(ParticipantKind.OTHER, 2, 60),

	HOSTING_TEACHER_IN_TRAINING(ParticipantKind.OTHER, 10, 365),

	/** The Guide sets no duration; the rulebook decides 1 to 10 days. */
	PREPARATORY_VISIT(ParticipantKind.OTHER, 1, 10);

	private final ParticipantKind kind;

	private final int minDays;

	private final int maxDays;

	ActivityType(ParticipantKind kind, int minDays, int maxDays) {
		this.kind = kind;
		this.minDays = minDays;
		this.maxDays = maxDays;
	}

	public ParticipantKind kind() {
		return this.kind;
	}

	public int minDays() {
		return this.minDays;
	}

	public int maxDays() {
		return this.maxDays;
	}

	/**
	 * A staff or learner mobility: what APP-MOBILITY-REQUIRED asks for and what may have
	 * accompanying persons.
	 */
	public boolean isMobility() {
		return this.kind != ParticipantKind.OTHER;
	}

	/**
	 * Takes place at the applicant organisation, with participants coming from abroad.
	 */
	public boolean isIncoming() {
		return this == INVITED_EXPERT || this == HOSTING_TEACHER_IN_TRAINING;
	}

	/**
	 * Takes place abroad. A preparatory visit is outgoing: staff of the applicant visit
	 * the prospective hosting organisation, so ACT-ABROAD applies to it as to the
	 * activity it prepares.
	 */
	public boolean isOutgoing() {
		return !isIncoming();
	}

	/**
	 * Gets a unit-cost travel grant: the outgoing mobility types, and invited experts,
	 * who travel to the applicant. Hosted teachers travel at their sending institution's
	 * expense, and the preparatory-visit unit cost already covers travel.
	 */
	public boolean receivesTravel() {
		return isMobility() || this == INVITED_EXPERT;
	}

	/** Gets daily individual support: the same rows as travel, for the same reasons. */
	public boolean receivesIndividualSupport() {
		return receivesTravel();
	}

	/** The only types for which the Guide funds linguistic support. */
	public boolean receivesLinguisticSupport() {
		return this == JOB_SHADOWING || this == TEACHING_ASSIGNMENT || this == SHORT_TERM_PUPIL_MOBILITY
				|| this == LONG_TERM_PUPIL_MOBILITY;
	}

}
