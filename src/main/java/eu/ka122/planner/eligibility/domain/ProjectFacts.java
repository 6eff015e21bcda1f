package eu.ka122.planner.eligibility.domain;

import java.time.LocalDate;

/**
 * The project's dates as the applicant entered them.
 *
 * @param startDate null while not entered, which APP-START-DATE reports
 * @param durationMonths null while not entered, which APP-DURATION reports
 */
public record ProjectFacts(LocalDate startDate, Integer durationMonths) {

}
