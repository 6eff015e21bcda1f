package eu.ka122.planner.eligibility.domain;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * APP-DEADLINE: submitted before 12:00:00 Brussels time on the round's deadline day. The
 * rulebook says "before", so a submission stamped 12:00:00.000 is already late.
 */
final class AppDeadlineRule extends ApplicationRule {

	AppDeadlineRule() {
		super("APP-DEADLINE", Severity.ERROR, "Application deadlines", true, Fact.CALL, Fact.CLOCK);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input) {
		int round = input.plan().round();
		Optional<Instant> deadline = input.call().deadline(round);
		if (deadline.isEmpty() || input.submission().now().isBefore(deadline.get())) {
			return Optional.empty();
		}
		ZonedDateTime brussels = deadline.get().atZone(CallFacts.BRUSSELS);
		return Optional.of(Violation.of(round, brussels.toLocalDate(), brussels.toLocalTime()));
	}

}
