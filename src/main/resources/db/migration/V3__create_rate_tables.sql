-- Rate tables (rulebook §5). A version belongs to a call year; once published it is immutable
-- (enforced below), and changes create a new version. Drafts follow the newest published version;
-- submitted applications keep the version they were computed with.
create table rate_table (
    id            bigint generated always as identity primary key,
    call_year     integer     not null check (call_year between 2021 and 2100),
    version       integer     not null check (version >= 1),
    status        varchar(10) not null check (status in ('DRAFT', 'PUBLISHED')),
    -- Guide-level unit amounts (EUR) and factors
    org_support_basic            integer not null check (org_support_basic >= 0),
    org_support_individual       integer not null check (org_support_individual >= 0),
    org_support_beyond_threshold integer not null check (org_support_beyond_threshold >= 0),
    org_support_threshold        integer not null check (org_support_threshold >= 0),
    org_support_long_term        integer not null check (org_support_long_term >= 0),
    inclusion_support            integer not null check (inclusion_support >= 0),
    preparatory_visit            integer not null check (preparatory_visit >= 0),
    course_fee_per_day           integer not null check (course_fee_per_day >= 0),
    linguistic_support           integer not null check (linguistic_support >= 0),
    reinforced_linguistic_support integer not null check (reinforced_linguistic_support >= 0),
    reduced_rate_factor          numeric(4, 3) not null check (reduced_rate_factor between 0 and 1),
    full_rate_days               integer not null check (full_rate_days >= 0),
    accompanying_cap_days        integer not null check (accompanying_cap_days >= 0),
    exceptional_cost_share       numeric(4, 3) not null check (exceptional_cost_share between 0 and 1),
    expensive_travel_threshold_share numeric(4, 3) not null check (expensive_travel_threshold_share between 0 and 1),
    course_share_floor           integer not null check (course_share_floor >= 0),
    course_share_threshold       integer not null check (course_share_threshold >= 0),
    course_share_ratio           numeric(4, 3) not null check (course_share_ratio between 0 and 1),
    created_at    timestamptz not null default now(),
    published_at  timestamptz,
    lock_version  bigint      not null default 0,
    unique (call_year, version),
    check ((status = 'PUBLISHED') = (published_at is not null))
);
create index rate_table_published on rate_table (call_year, version desc) where status = 'PUBLISHED';

create table rate_table_travel_band (
    rate_table_id bigint        not null references rate_table (id) on delete cascade,
    from_km       numeric(9, 2) not null check (from_km >= 0),
    to_km         numeric(9, 2) check (to_km is null or to_km > from_km),
    green         integer       not null check (green >= 0),
    standard      integer       not null check (standard >= 0),
    primary key (rate_table_id, from_km)
);

create table rate_table_country_group (
    rate_table_id bigint     not null references rate_table (id) on delete cascade,
    country       varchar(2) not null,
    country_group integer    not null check (country_group between 1 and 3),
    -- IE and LT are grouped by the product, not by the Guide's footnote; the UI says so.
    in_guide      boolean    not null default true,
    primary key (rate_table_id, country)
);

create table rate_table_rate_range (
    rate_table_id bigint      not null references rate_table (id) on delete cascade,
    kind          varchar(5)  not null check (kind in ('STAFF', 'PUPIL')),
    country_group integer     not null check (country_group between 1 and 3),
    min_rate      integer     not null check (min_rate >= 0),
    max_rate      integer     not null check (max_rate >= min_rate),
    primary key (rate_table_id, kind, country_group)
);

create table rate_table_agency_rate (
    rate_table_id bigint     not null references rate_table (id) on delete cascade,
    agency_code   varchar(8) not null,
    country       varchar(2) not null,
    default_for_country boolean not null,
    provisional   boolean    not null,
    staff_group_1 integer    not null check (staff_group_1 >= 0),
    staff_group_2 integer    not null check (staff_group_2 >= 0),
    staff_group_3 integer    not null check (staff_group_3 >= 0),
    pupil_group_1 integer    not null check (pupil_group_1 >= 0),
    pupil_group_2 integer    not null check (pupil_group_2 >= 0),
    pupil_group_3 integer    not null check (pupil_group_3 >= 0),
    primary key (rate_table_id, agency_code)
);

-- A published version never changes: not its amounts, not its rows, and it is never deleted.
create function refuse_published_rate_table_change() returns trigger language plpgsql as $$
declare
    target_id bigint;
    target_status varchar(10);
begin
    if tg_table_name = 'rate_table' then
        if old.status = 'PUBLISHED' then
            raise exception 'rate table % version % is published and cannot change', old.call_year, old.version
                using errcode = 'check_violation';
        end if;
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    target_id := case when tg_op = 'INSERT' then new.rate_table_id else old.rate_table_id end;
    select status into target_status from rate_table where id = target_id;
    if target_status = 'PUBLISHED' then
        raise exception 'rate table % is published and cannot change', target_id using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end;
$$;

create trigger rate_table_immutable before update or delete on rate_table
    for each row execute function refuse_published_rate_table_change();
create trigger rate_table_travel_band_immutable before insert or update or delete on rate_table_travel_band
    for each row execute function refuse_published_rate_table_change();
create trigger rate_table_country_group_immutable before insert or update or delete on rate_table_country_group
    for each row execute function refuse_published_rate_table_change();
create trigger rate_table_rate_range_immutable before insert or update or delete on rate_table_rate_range
    for each row execute function refuse_published_rate_table_change();
create trigger rate_table_agency_rate_immutable before insert or update or delete on rate_table_agency_rate
    for each row execute function refuse_published_rate_table_change();

-- Calls: deadlines and start windows per call year and round; round 2 is opened per agency.
create table call_round (
    call_year   integer     not null check (call_year between 2021 and 2100),
    round       integer     not null check (round in (1, 2)),
    deadline    timestamptz not null,
    start_from  date        not null,
    start_to    date        not null check (start_to >= start_from),
    lock_version bigint     not null default 0,
    primary key (call_year, round)
);

create table call_round2_opening (
    call_year   integer    not null check (call_year between 2021 and 2100),
    agency_code varchar(8) not null,
    primary key (call_year, agency_code)
);
