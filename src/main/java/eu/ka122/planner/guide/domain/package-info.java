/**
 * The pure core of the guide: the answers a school gives, the
 * {@link eu.ka122.planner.guide.domain.ActionAdvisor} that turns them into one
 * recommendation, and the reasons behind it as message keys. It depends on nothing but
 * the JDK.
 */
package eu.ka122.planner.guide.domain;
