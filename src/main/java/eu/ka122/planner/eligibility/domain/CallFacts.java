package eu.ka122.planner.eligibility.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The call configuration of one call year and National Agency: the deadlines, the project
 * start windows of both rounds and whether the agency opened round 2.
 *
 * @param round1StartFrom first allowed project start date of round 1
 * @param round1StartTo last allowed project start date of round 1
 */
public record CallFacts(boolean round2Open, Instant round1Deadline, Instant round2Deadline, LocalDate round1StartFrom,
		LocalDate round1StartTo, LocalDate round2StartFrom, LocalDate round2StartTo) {

	/** The Guide's deadlines are "midday Brussels time", daylight saving included. */
	public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private static final LocalTime MIDDAY = LocalTime.NOON;

	/**
	 * The rulebook's call: deadlines 19 February and 1 October of the call year at
	 * 12:00:00 Brussels time; round 1 projects start between 1 June and 31 December of
	 * the call year, round 2 projects between 1 January and 31 May of the next year.
	 */
	public static CallFacts standard(int callYear, boolean round2Open) {
		return new CallFacts(round2Open, brusselsMidday(LocalDate.of(callYear, Month.FEBRUARY, 19)),
				brusselsMidday(LocalDate.of(callYear, Month.OCTOBER, 1)), LocalDate.of(callYear, Month.JUNE, 1),
				LocalDate.of(callYear, Month.DECEMBER, 31), LocalDate.of(callYear + 1, Month.JANUARY, 1),
				LocalDate.of(callYear + 1, Month.MAY, 31));
	}

	private static Instant brusselsMidday(LocalDate date) {
		return ZonedDateTime.of(date, MIDDAY, BRUSSELS).toInstant();
	}

	/** Empty for a round other than 1 and 2, which APP-ROUND reports. */
	public Optional<Instant> deadline(int round) {
		return Optional.ofNullable(pick(round, this.round1Deadline, this.round2Deadline));
	}

	public Optional<LocalDate> startWindowFrom(int round) {
		return Optional.ofNullable(pick(round, this.round1StartFrom, this.round2StartFrom));
	}

	public Optional<LocalDate> startWindowTo(int round) {
		return Optional.ofNullable(pick(round, this.round1StartTo, this.round2StartTo));
	}

	private static <T> T pick(int round, T round1, T round2) {
		return switch (round) {
			case 1 -> round1;
			case 2 -> round2;
			default -> null;
		};
	}

}
