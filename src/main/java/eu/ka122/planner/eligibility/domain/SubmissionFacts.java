package eu.ka122.planner.eligibility.domain;

import java.time.Instant;

/**
 * What is known at the moment of submission. The clock comes in as a value so the core
 * never reads it.
 *
 * @param now the server clock at submission
 */
public record SubmissionFacts(Instant now, boolean declarationAccepted, String legalRepresentativeName) {

}
