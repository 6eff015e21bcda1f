-- Applications written by coordinators (drafting module), their submissions, grant history and the audit trail.
create table application (
    id                 bigint generated always as identity primary key,
    organisation_id    bigint       not null references organisation (id),
    agency_code        varchar(8)   not null references national_agency (code) on update cascade,
    call_year          integer      not null check (call_year between 2021 and 2100),
    round              integer      not null check (round in (1, 2)),
    status             varchar(12)  not null check (status in ('DRAFT', 'SUBMITTED', 'WITHDRAWN')),
    title              varchar(200),
    project_start      date,
    duration_months    integer      check (duration_months between 1 and 60),
    language           varchar(2),
    background         varchar(5000),
    follow_up_integration   varchar(3000),
    follow_up_evaluation    varchar(3000),
    follow_up_dissemination varchar(3000),
    follow_up_visibility    varchar(3000),
    priority_inclusion      boolean not null default false,
    priority_environment    boolean not null default false,
    priority_digital        boolean not null default false,
    priority_participation  boolean not null default false,
    etwinning               varchar(3000),
    financial_guarantee_costs numeric(12, 2) not null default 0 check (financial_guarantee_costs >= 0),
    legal_representative    varchar(200),
    declaration_accepted    boolean not null default false,
    reference          varchar(40)  unique,
    submitted_at       timestamptz,
    withdrawn_at       timestamptz,
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    version            bigint       not null default 0,
    check ((status = 'DRAFT') = (submitted_at is null))
);
create index application_organisation on application (organisation_id, call_year desc, round);
create index application_agency on application (agency_code, call_year, round, status);
-- One live (submitted, not withdrawn) application per organisation, call year and round (APP-ONE-PER-ROUND).
create unique index application_one_submitted_per_round on application (organisation_id, call_year, round)
    where status = 'SUBMITTED';

create table application_objective (
    id             bigint generated always as identity primary key,
    application_id bigint        not null references application (id) on delete cascade,
    position       integer       not null,
    text           varchar(1000) not null,
    version        bigint        not null default 0
);
create index application_objective_application on application_objective (application_id, position);

create table application_activity (
    id             bigint generated always as identity primary key,
    application_id bigint       not null references application (id) on delete cascade,
    position       integer      not null,
    type           varchar(40)  not null,
    destination_country varchar(2) not null,
    origin_city    varchar(200),
    destination_city varchar(200),
    hosting_organisation varchar(300),
    participants   integer      not null check (participants >= 0),
    participants_fewer_opportunities integer not null default 0 check (participants_fewer_opportunities >= 0),
    accompanying_persons integer not null default 0 check (accompanying_persons >= 0),
    duration_days  integer      not null check (duration_days >= 0),
    travel_days    integer      not null default 0 check (travel_days >= 0),
    distance_km    numeric(8, 2) check (distance_km >= 0),
    green_travel   boolean      not null default false,
    linguistic_support_participants integer not null default 0 check (linguistic_support_participants >= 0),
    course_title   varchar(300),
    prepares_activity_type varchar(40),
    short_duration_justification varchar(2000),
    expensive_travel_costs numeric(12, 2) not null default 0 check (expensive_travel_costs >= 0),
    visa_and_medical_costs numeric(12, 2) not null default 0 check (visa_and_medical_costs >= 0),
    inclusion_support_costs numeric(12, 2) not null default 0 check (inclusion_support_costs >= 0),
    version        bigint       not null default 0
);
create index application_activity_application on application_activity (application_id, position);

create table application_activity_objective (
    activity_id  bigint not null references application_activity (id) on delete cascade,
    objective_id bigint not null references application_objective (id) on delete cascade,
    primary key (activity_id, objective_id)
);

-- What was submitted, frozen: the application and its budget as JSON, with the rate-table version used.
create table application_submission (
    application_id    bigint        primary key references application (id),
    reference         varchar(40)   not null unique,
    snapshot          jsonb         not null,
    rate_table_version integer      not null,
    requested_total   numeric(14, 2) not null,
    submitted_at      timestamptz   not null,
    submitted_by      bigint        not null references app_user (id)
);

create sequence application_reference_seq;

-- KA122-SCH grants an organisation received (decisions of this system, or entered by agency staff), for
-- APP-THREE-IN-FIVE and APP-ROUND2-AFTER-GRANT.
create table organisation_grant (
    id              bigint generated always as identity primary key,
    organisation_id bigint  not null references organisation (id),
    call_year       integer not null check (call_year between 2014 and 2100),
    round           integer not null check (round in (1, 2)),
    source          varchar(20) not null check (source in ('DECISION', 'MANUAL')),
    note            varchar(500),
    created_at      timestamptz not null default now()
);
create index organisation_grant_organisation on organisation_grant (organisation_id, call_year);

-- Every security and business event: who, what, when, from where. Append-only (see the trigger).
create table audit_event (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz  not null default now(),
    actor       varchar(100),
    action      varchar(60)  not null,
    entity_type varchar(40),
    entity_id   varchar(60),
    details     jsonb,
    address     varchar(64)
);
create index audit_event_entity on audit_event (entity_type, entity_id, occurred_at);
create index audit_event_time on audit_event (occurred_at desc);

create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only' using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function refuse_audit_change();
