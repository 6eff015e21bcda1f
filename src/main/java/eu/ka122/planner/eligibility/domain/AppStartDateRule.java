package eu.ka122.planner.eligibility.domain;

import java.time.LocalDate;
import java.util.Optional;

/** APP-START-DATE: the project starts inside its round's window. */
final class AppStartDateRule extends ApplicationRule {

	AppStartDateRule() {
		super("APP-START-DATE", Severity.ERROR, "Project start dates", true, Fact.PROJECT_DATES, Fact.CALL);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input) {
		int round = input.plan().round();
		Optional<LocalDate> from = input.call().startWindowFrom(round);
		Optional<LocalDate> to = input.call().startWindowTo(round);
		if (from.isEmpty() || to.isEmpty()) {
			return Optional.empty();
		}
		LocalDate start = input.project().startDate();
		if (start == null) {
			return Optional.of(Violation.variant("missing", from.get(), to.get()));
		}
		boolean inside = !start.isBefore(from.get()) && !start.isAfter(to.get());
		return inside ? Optional.empty() : Optional.of(Violation.of(start, from.get(), to.get()));
	}

}
