-- The defaults of rate-defaults.md for call year 2026: Guide amounts, travel bands, ranges, groups, and
-- every agency at the upper end of each range, marked provisional until the agency publishes its rates.
-- Rows are added while the version is a draft; the last statement publishes it (and so freezes it).
insert into rate_table (call_year, version, status, org_support_basic, org_support_individual,
    org_support_beyond_threshold, org_support_threshold, org_support_long_term, inclusion_support, preparatory_visit,
    course_fee_per_day, linguistic_support, reinforced_linguistic_support, reduced_rate_factor, full_rate_days,
    accompanying_cap_days, exceptional_cost_share, expensive_travel_threshold_share, course_share_floor,
    course_share_threshold, course_share_ratio)
values (2026, 1, 'DRAFT', 100, 350, 200, 100, 500, 125, 680, 80, 150, 150, 0.700, 14, 60, 0.800, 0.700,
    20000, 40000, 0.500);

insert into rate_table_travel_band (rate_table_id, from_km, to_km, green, standard)
select t.id, b.from_km, b.to_km, b.green, b.standard from rate_table t, (values
    (0, 10, 0, 0),
    (10, 100, 56, 28),
    (100, 500, 285, 211),
    (500, 2000, 417, 309),
    (2000, 3000, 535, 395),
    (3000, 4000, 785, 580),
    (4000, 8000, 1180, 1180),
    (8000, null::numeric, 1735, 1735)
) as b (from_km, to_km, green, standard) where t.call_year = 2026 and t.version = 1;

insert into rate_table_country_group (rate_table_id, country, country_group, in_guide)
select t.id, g.country, g.country_group, g.in_guide from rate_table t, (values
    ('AT', 1, true),
    ('BE', 1, true),
    ('DK', 1, true),
    ('FI', 1, true),
    ('FR', 1, true),
    ('DE', 1, true),
    ('IE', 1, false),
    ('IS', 1, true),
    ('IT', 1, true),
    ('LI', 1, true),
    ('LU', 1, true),
    ('NL', 1, true),
    ('NO', 1, true),
    ('SE', 1, true),
    ('CY', 2, true),
    ('CZ', 2, true),
    ('EE', 2, true),
    ('EL', 2, true),
    ('LV', 2, true),
    ('MT', 2, true),
    ('PT', 2, true),
    ('SK', 2, true),
    ('SI', 2, true),
    ('ES', 2, true),
    ('BG', 3, true),
    ('HR', 3, true),
    ('HU', 3, true),
    ('LT', 3, false),
    ('MK', 3, true),
    ('PL', 3, true),
    ('RO', 3, true),
    ('RS', 3, true),
    ('TR', 3, true)
) as g (country, country_group, in_guide) where t.call_year = 2026 and t.version = 1;

insert into rate_table_rate_range (rate_table_id, kind, country_group, min_rate, max_rate)
select t.id, r.kind, r.country_group, r.min_rate, r.max_rate from rate_table t, (values
    ('STAFF', 1, 107, 191),
    ('STAFF', 2, 95, 169),
    ('STAFF', 3, 84, 148),
    ('PUPIL', 1, 48, 85),
    ('PUPIL', 2, 41, 74),
    ('PUPIL', 3, 36, 64)
) as r (kind, country_group, min_rate, max_rate) where t.call_year = 2026 and t.version = 1;

insert into rate_table_agency_rate (rate_table_id, agency_code, country, default_for_country, provisional,
    staff_group_1, staff_group_2, staff_group_3, pupil_group_1, pupil_group_2, pupil_group_3)
select t.id, a.agency_code, a.country, a.default_for_country, true, 191, 169, 148, 85, 74, 64 from rate_table t, (values
    ('AT01', 'AT', true),
    ('BE01', 'BE', false),
    ('BE02', 'BE', true),
    ('BE05', 'BE', false),
    ('BG01', 'BG', true),
    ('CY01', 'CY', true),
    ('CZ01', 'CZ', true),
    ('DE03', 'DE', true),
    ('DK01', 'DK', true),
    ('EE01', 'EE', true),
    ('EL01', 'EL', true),
    ('ES01', 'ES', true),
    ('FI01', 'FI', true),
    ('FR01', 'FR', true),
    ('HR01', 'HR', true),
    ('HU01', 'HU', true),
    ('IE01', 'IE', true),
    ('IS01', 'IS', true),
    ('IT02', 'IT', true),
    ('LI01', 'LI', true),
    ('LT01', 'LT', true),
    ('LU01', 'LU', true),
    ('LV01', 'LV', true),
    ('MK01', 'MK', true),
    ('MT01', 'MT', true),
    ('NL01', 'NL', true),
    ('NO01', 'NO', true),
    ('PL01', 'PL', true),
    ('PT01', 'PT', true),
    ('RO01', 'RO', true),
    ('RS01', 'RS', true),
    ('SE01', 'SE', true),
    ('SI01', 'SI', true),
    ('SK01', 'SK', true),
    ('TR01', 'TR', true)
) as a (agency_code, country, default_for_country) where t.call_year = 2026 and t.version = 1;

update rate_table set status = 'PUBLISHED', published_at = now() where call_year = 2026 and version = 1;

-- Calls (rate-defaults.md): round 1 closes 19 February at 12:00 Brussels time (CET), round 2 on 1 October
-- (CEST); start windows from the rulebook's APP-START-DATE. Round 2 is closed until an agency opens it.
insert into call_round (call_year, round, deadline, start_from, start_to) values
    (2026, 1, '2026-02-19 12:00:00 Europe/Brussels', '2026-06-01', '2026-12-31'),
    (2026, 2, '2026-10-01 12:00:00 Europe/Brussels', '2027-01-01', '2027-05-31');
