/**
 * The pure core of the National Agency review: the three award criteria of the Guide with
 * their maximum and threshold, an assessor's scores, the final score of an application
 * (mean of its assessments, with the flag for a third assessment) and the ranking of the
 * scored applications against the agency's budget. It depends on nothing but the JDK;
 * texts are message keys of {@code i18n/review.properties}.
 */
package eu.ka122.planner.review.domain;
