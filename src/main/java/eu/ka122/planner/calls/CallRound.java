package eu.ka122.planner.calls;

import java.time.Instant;
import java.time.LocalDate;

/** One round of a call: its deadline and the window in which projects may start. */
public record CallRound(int callYear, int round, Instant deadline, LocalDate startFrom, LocalDate startTo) {
}
