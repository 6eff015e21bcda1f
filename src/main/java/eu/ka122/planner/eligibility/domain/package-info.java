/**
 * The pure core of eligibility: one small named rule per rulebook ID, the facts each rule
 * needs, and the engine that runs every rule whose facts are known and returns the
 * findings in a stable order. A rule whose facts are missing is not evaluated, which is
 * how the public estimate API (plan, budget figures and call only) and the submission
 * check (everything, clock included) share one engine. It depends on nothing but the JDK
 * and the shared vocabulary; budget figures come in as plain numbers.
 */
@org.springframework.modulith.NamedInterface("domain")
package eu.ka122.planner.eligibility.domain;
