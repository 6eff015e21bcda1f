package eu.ka122.planner.drafting;

import java.time.Instant;

/** A round a coordinator may start an application for. */
public record OpenRound(int callYear, int round, Instant deadline) {
}
