-- Call year 2027, so that schools can prepare round-1 applications after the 2026 deadlines. Until the 2027
-- Programme Guide amounts are known, its rate table carries the 2026 defaults over as version 1 (an
-- administrator replaces it with a new version when the Guide is published).
insert into rate_table (call_year, version, status, org_support_basic, org_support_individual,
    org_support_beyond_threshold, org_support_threshold, org_support_long_term, inclusion_support, preparatory_visit,
    course_fee_per_day, linguistic_support, reinforced_linguistic_support, reduced_rate_factor, full_rate_days,
    accompanying_cap_days, exceptional_cost_share, expensive_travel_threshold_share, course_share_floor,
    course_share_threshold, course_share_ratio)
select 2027, 1, 'DRAFT', org_support_basic, org_support_individual, org_support_beyond_threshold,
    org_support_threshold, org_support_long_term, inclusion_support, preparatory_visit, course_fee_per_day,
    linguistic_support, reinforced_linguistic_support, reduced_rate_factor, full_rate_days, accompanying_cap_days,
    exceptional_cost_share, expensive_travel_threshold_share, course_share_floor, course_share_threshold,
    course_share_ratio
from rate_table where call_year = 2026 and version = 1;

insert into rate_table_travel_band (rate_table_id, from_km, to_km, green, standard)
select n.id, b.from_km, b.to_km, b.green, b.standard
from rate_table_travel_band b
join rate_table o on o.id = b.rate_table_id and o.call_year = 2026 and o.version = 1
cross join rate_table n where n.call_year = 2027 and n.version = 1;

insert into rate_table_country_group (rate_table_id, country, country_group, in_guide)
select n.id, g.country, g.country_group, g.in_guide
from rate_table_country_group g
join rate_table o on o.id = g.rate_table_id and o.call_year = 2026 and o.version = 1
cross join rate_table n where n.call_year = 2027 and n.version = 1;

insert into rate_table_rate_range (rate_table_id, kind, country_group, min_rate, max_rate)
select n.id, r.kind, r.country_group, r.min_rate, r.max_rate
from rate_table_rate_range r
join rate_table o on o.id = r.rate_table_id and o.call_year = 2026 and o.version = 1
cross join rate_table n where n.call_year = 2027 and n.version = 1;

insert into rate_table_agency_rate (rate_table_id, agency_code, country, default_for_country, provisional,
    staff_group_1, staff_group_2, staff_group_3, pupil_group_1, pupil_group_2, pupil_group_3)
select n.id, a.agency_code, a.country, a.default_for_country, a.provisional, a.staff_group_1, a.staff_group_2,
    a.staff_group_3, a.pupil_group_1, a.pupil_group_2, a.pupil_group_3
from rate_table_agency_rate a
join rate_table o on o.id = a.rate_table_id and o.call_year = 2026 and o.version = 1
cross join rate_table n where n.call_year = 2027 and n.version = 1;

update rate_table set status = 'PUBLISHED', published_at = now() where call_year = 2027 and version = 1;

insert into call_round (call_year, round, deadline, start_from, start_to) values
    (2027, 1, '2027-02-19 12:00:00 Europe/Brussels', '2027-06-01', '2027-12-31'),
    (2027, 2, '2027-10-01 12:00:00 Europe/Brussels', '2028-01-01', '2028-05-31');
