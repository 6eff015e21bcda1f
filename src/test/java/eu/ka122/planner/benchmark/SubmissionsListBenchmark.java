package eu.ka122.planner.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.SignIn;
import eu.ka122.planner.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the agency's submissions list takes with 10 000 submitted applications of one
 * agency in the database (issue: NA review). Not part of the normal test run: it is
 * skipped unless {@code -Dka122.benchmark=true} is given, see {@code docs/benchmarks.md}:
 * <pre>
 * ./mvnw -q -Dka122.benchmark=true test -Dtest=SubmissionsListBenchmark
 * </pre> It seeds 10 000 organisations, applications and review cases (a third with two
 * assessors, a third scored) with SQL, then requests each kind of list page 40 times
 * through the whole web stack (security, controller, SQL, Thymeleaf) and prints the
 * median and 95th percentile.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "ka122.benchmark", matches = "true")
class SubmissionsListBenchmark {

	private static final int CASES = 10_000;

	private static final int RUNS = 40;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestAccounts accounts;

	@Test
	void listTenThousandSubmissions() throws Exception {
		long seedStart = System.nanoTime();
		seed();
		System.out.printf("seeded %d cases in %.1f s%n", CASES, (System.nanoTime() - seedStart) / 1e9);
		MockHttpSession officer = SignIn.as(this.mvc, this.accounts.user(Role.NA_OFFICER, "LT01"));
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("first page, newest first", "/agency/submissions");
		pages.put("filter status + score range", "/agency/submissions?stage=ASSESSED&min=60&max=90");
		pages.put("search by organisation name", "/agency/submissions?q=school%2012");
		pages.put("search by OID", "/agency/submissions?q=E70004321");
		pages.put("sort by score", "/agency/submissions?sort=SCORE&dir=desc");
		pages.put("sort by organisation, last page", "/agency/submissions?sort=ORGANISATION&dir=asc&page=400");
		pages.put("CSV export of all 10 000", "/agency/submissions.csv");
		pages.put("XLSX export of all 10 000", "/agency/submissions.xlsx");
		for (var page : pages.entrySet()) {
			int runs = page.getValue().contains(".csv") || page.getValue().contains(".xlsx") ? 10 : RUNS;
			List<Double> millis = new ArrayList<>();
			for (int i = 0; i < runs + 5; i++) {
				long start = System.nanoTime();
				var result = this.mvc.get().uri(page.getValue()).session(officer).exchange();
				double elapsed = (System.nanoTime() - start) / 1e6;
				assertThat(result).hasStatusOk();
				if (i >= 5) {
					millis.add(elapsed);
				}
			}
			millis.sort(Double::compare);
			System.out.printf("%-34s median %7.1f ms   p95 %7.1f ms   (n=%d)%n", page.getKey(),
					millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
					millis.size());
		}
	}

	private void seed() {
		this.jdbc.update("""
				insert into organisation (oid, legal_name, country, type, accredited)
				select 'E7' || lpad(g::text, 7, '0'), 'Benchmark school ' || g, 'LT', 'SCHOOL', false
				from generate_series(1, ?) g""", CASES);
		this.jdbc.update("""
				insert into application (organisation_id, agency_code, call_year, round, status, title, reference,
				    submitted_at)
				select o.id, 'LT01', 2027, 1, 'SUBMITTED', 'Benchmark project ' || o.oid,
				    '2027-1-LT01-KA122-SCH-B' || substr(o.oid, 2), now() - (random() * interval '60 days')
				from organisation o where o.oid like 'E7%' and o.legal_name like 'Benchmark school %'""");
		this.jdbc.update("""
				insert into review_case (application_id, reference, agency_code, call_year, round, organisation_id,
				    organisation_name, organisation_oid, organisation_type, title, requested_total, participants,
				    fewer_opportunities, long_term_pupils, newcomer, error_count, warning_count, submitted_at, stage,
				    assessments, score_total, score_relevance, score_design, score_follow_up, fundable)
				select a.id, a.reference, 'LT01', 2027, 1, a.organisation_id, o.legal_name, o.oid, 'SCHOOL', a.title,
				    round((5000 + random() * 60000)::numeric, 2), 1 + (random() * 30)::int, (random() * 5)::int,
				    random() < 0.1, random() < 0.5, 0, (random() * 2)::int, a.submitted_at,
				    case when a.id % 3 = 0 then 'ASSESSED' when a.id % 3 = 1 then 'IN_ASSESSMENT' else 'UNASSIGNED' end,
				    case when a.id % 3 = 0 then 2 else 0 end,
				    case when a.id % 3 = 0 then round((40 + random() * 60)::numeric, 1) end,
				    case when a.id % 3 = 0 then 15 end, case when a.id % 3 = 0 then 35 end,
				    case when a.id % 3 = 0 then 20 end, case when a.id % 3 = 0 then true end
				from application a join organisation o on o.id = a.organisation_id
				where a.agency_code = 'LT01' and a.reference like '2027-1-LT01-KA122-SCH-B%'""");
		String first = this.accounts.user(Role.ASSESSOR, "LT01");
		String second = this.accounts.user(Role.ASSESSOR, "LT01");
		this.jdbc.update("""
				insert into review_assignment (application_id, assessor_id, assigned_by, assigned_at, conflict)
				select c.application_id, u.id, 'benchmark', now(), 'NONE'
				from review_case c cross join app_user u
				where c.agency_code = 'LT01' and c.stage <> 'UNASSIGNED' and u.username in (?, ?)""", first, second);
		this.jdbc.execute("analyze");
	}

}
