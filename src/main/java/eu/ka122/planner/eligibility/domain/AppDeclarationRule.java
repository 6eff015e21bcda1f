package eu.ka122.planner.eligibility.domain;

import java.util.Optional;

/** APP-DECLARATION: a named legal representative accepted the declaration on honour. */
final class AppDeclarationRule extends ApplicationRule {

	AppDeclarationRule() {
		super("APP-DECLARATION", Severity.ERROR, "Selection criteria", true, Fact.DECLARATION);
	}

	@Override
	Optional<Violation> violation(EligibilityInput input) {
		SubmissionFacts submission = input.submission();
		boolean signed = submission.declarationAccepted() && !Names.isBlank(submission.legalRepresentativeName());
		return signed ? Optional.empty() : Optional.of(Violation.of());
	}

}
