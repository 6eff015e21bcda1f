-- National Agency review (review module): one case per submitted application, its assessors and their
-- assessments, the agency's budget per round and the decisions.

-- What the review needs of a submission, copied once when it is submitted (drafting's ApplicationSubmitted event)
-- so that the agency's submissions list is one indexed query. The score and stage are kept up to date by the
-- review module whenever an assessment or a decision changes.
create table review_case (
    application_id      bigint        primary key references application (id),
    reference           varchar(40)   not null unique,
    agency_code         varchar(8)    not null references national_agency (code) on update cascade,
    call_year           integer       not null,
    round               integer       not null check (round in (1, 2)),
    organisation_id     bigint        not null references organisation (id),
    organisation_name   varchar(300)  not null,
    organisation_oid    varchar(9)    not null,
    organisation_type   varchar(40)   not null,
    title               varchar(200),
    requested_total     numeric(14, 2) not null check (requested_total >= 0),
    participants        integer       not null check (participants >= 0),
    fewer_opportunities integer       not null check (fewer_opportunities >= 0),
    long_term_pupils    boolean       not null,
    newcomer            boolean       not null,
    error_count         integer       not null check (error_count >= 0),
    warning_count       integer       not null check (warning_count >= 0),
    submitted_at        timestamptz   not null,
    stage               varchar(20)   not null check (stage in ('UNASSIGNED', 'IN_ASSESSMENT', 'ASSESSED',
                                          'THIRD_NEEDED', 'APPROVED', 'RESERVE', 'REJECTED', 'WITHDRAWN')),
    assessments         integer       not null default 0,
    score_total         numeric(4, 1),
    score_relevance     numeric(4, 1),
    score_design        numeric(4, 1),
    score_follow_up     numeric(4, 1),
    fundable            boolean,
    awarded_total       numeric(14, 2)
);
create index review_case_list on review_case (agency_code, call_year, round, stage);
create index review_case_submitted on review_case (agency_code, submitted_at desc);
create index review_case_score on review_case (agency_code, score_total);
create index review_case_organisation on review_case (organisation_id);

-- An assessor (agency officer or external expert of the same agency) assigned to a case. Before opening the
-- application the assessor declares whether they have a conflict of interest; a declared conflict removes them.
create table review_assignment (
    id             bigint generated always as identity primary key,
    application_id bigint       not null references review_case (application_id),
    assessor_id    bigint       not null references app_user (id),
    assigned_by    varchar(100) not null,
    assigned_at    timestamptz  not null,
    conflict       varchar(12)  not null default 'UNDECLARED' check (conflict in ('UNDECLARED', 'NONE', 'DECLARED')),
    declared_at    timestamptz,
    unique (application_id, assessor_id)
);
create index review_assignment_assessor on review_assignment (assessor_id);

create table review_assessment (
    assignment_id     bigint        primary key references review_assignment (id),
    relevance         integer       not null check (relevance between 0 and 20),
    project_design    integer       not null check (project_design between 0 and 50),
    follow_up         integer       not null check (follow_up between 0 and 30),
    relevance_comment varchar(4000) not null,
    design_comment    varchar(4000) not null,
    follow_up_comment varchar(4000) not null,
    updated_at        timestamptz   not null,
    version           bigint        not null default 0
);

-- The budget an agency has for a call year and round; the ranking shares it out.
create table review_budget (
    agency_code varchar(8)     not null references national_agency (code) on update cascade,
    call_year   integer        not null,
    round       integer        not null check (round in (1, 2)),
    available   numeric(14, 2) not null check (available >= 0),
    updated_by  varchar(100)   not null,
    updated_at  timestamptz    not null,
    primary key (agency_code, call_year, round)
);

-- The agency's decision on a case: approved (with the awarded budget, possibly reduced), reserve or rejected.
create table review_decision (
    application_id bigint         primary key references review_case (application_id),
    outcome        varchar(12)    not null check (outcome in ('APPROVED', 'RESERVE', 'REJECTED')),
    awarded_total  numeric(14, 2) check (awarded_total >= 0),
    awarded        jsonb,
    reason         varchar(2000),
    decided_by     varchar(100)   not null,
    decided_at     timestamptz    not null,
    version        bigint         not null default 0,
    check ((outcome = 'APPROVED') = (awarded_total is not null))
);

-- An approved application is a KA122 grant of its organisation (three-in-five and round-2 rules).
alter table organisation_grant add column application_id bigint unique references application (id);
alter table organisation_grant add column recorded_by varchar(100);

-- A decided application cannot be withdrawn any more.
create function refuse_withdrawal_after_decision() returns trigger language plpgsql as $$
begin
    if new.status = 'WITHDRAWN' and old.status <> 'WITHDRAWN'
            and exists (select 1 from review_decision d where d.application_id = new.id) then
        raise exception 'application % has a decision and cannot be withdrawn', new.id using errcode = 'check_violation';
    end if;
    return new;
end;
$$;
create trigger application_no_withdrawal_after_decision before update on application
    for each row execute function refuse_withdrawal_after_decision();

-- Cases for applications submitted before this migration, from their snapshots.
insert into review_case (application_id, reference, agency_code, call_year, round, organisation_id, organisation_name,
        organisation_oid, organisation_type, title, requested_total, participants, fewer_opportunities,
        long_term_pupils, newcomer, error_count, warning_count, submitted_at, stage)
select a.id, s.reference, a.agency_code, a.call_year, a.round, a.organisation_id, o.legal_name, o.oid, o.type, a.title,
       s.requested_total,
       coalesce((select sum((x -> 'activity' ->> 'participants')::int) from jsonb_array_elements(s.snapshot -> 'activities') x), 0),
       coalesce((select sum((x -> 'activity' ->> 'participantsWithFewerOpportunities')::int)
                 from jsonb_array_elements(s.snapshot -> 'activities') x), 0),
       exists (select 1 from jsonb_array_elements(s.snapshot -> 'activities') x
               where x -> 'activity' ->> 'type' = 'LONG_TERM_PUPIL_MOBILITY'),
       not exists (select 1 from organisation_grant g where g.organisation_id = a.organisation_id),
       (select count(*) from jsonb_array_elements(s.snapshot -> 'findings') f where f ->> 'severity' = 'ERROR'),
       (select count(*) from jsonb_array_elements(s.snapshot -> 'findings') f where f ->> 'severity' = 'WARNING'),
       s.submitted_at,
       case when a.status = 'WITHDRAWN' then 'WITHDRAWN' else 'UNASSIGNED' end
from application a
join application_submission s on s.application_id = a.id
join organisation o on o.id = a.organisation_id;
