-- National Agencies, organisations and users. Reference data for agencies follows in V2.
create table national_agency (
    code          varchar(8)   primary key check (code ~ '^[A-Z]{2}[0-9]{2}$'),
    country       varchar(2)   not null,
    name          varchar(200) not null,
    contact_email varchar(254),
    -- Belgium has three agencies; exactly one per country is the default for applicants.
    default_for_country boolean not null default false,
    version       bigint       not null default 0
);
create unique index national_agency_one_default_per_country
    on national_agency (country) where default_for_country;

create table organisation (
    id          bigint generated always as identity primary key,
    oid         varchar(9)   not null unique check (oid ~ '^E[0-9]{8}$'),
    legal_name  varchar(300) not null,
    country     varchar(2)   not null,
    type        varchar(40)  not null check (type in ('SCHOOL', 'LOCAL_OR_REGIONAL_AUTHORITY', 'COORDINATION_BODY',
                                                      'OTHER_SCHOOL_EDUCATION_ORGANISATION', 'OTHER_NOT_ELIGIBLE')),
    accredited  boolean      not null default false,
    created_at  timestamptz  not null default now(),
    version     bigint       not null default 0
);
create index organisation_country on organisation (country);

create table app_user (
    id              bigint generated always as identity primary key,
    -- Stored lower-case: sign-in names are case-insensitive.
    username        varchar(100) not null unique check (username = lower(username)),
    display_name    varchar(200) not null,
    email           varchar(254),
    password_hash   varchar(200),
    role            varchar(20)  not null check (role in ('COORDINATOR', 'NA_OFFICER', 'ASSESSOR', 'ADMIN')),
    organisation_id bigint       references organisation (id),
    agency_code     varchar(8)   references national_agency (code) on update cascade,
    enabled         boolean      not null default true,
    created_at      timestamptz  not null default now(),
    version         bigint       not null default 0,
    -- A coordinator belongs to one organisation; officers and external assessors to one agency.
    constraint app_user_scope check (
        (role = 'COORDINATOR' and organisation_id is not null and agency_code is null)
        or (role in ('NA_OFFICER', 'ASSESSOR') and agency_code is not null and organisation_id is null)
        or (role = 'ADMIN' and organisation_id is null and agency_code is null))
);
create index app_user_organisation on app_user (organisation_id);
create index app_user_agency on app_user (agency_code);
