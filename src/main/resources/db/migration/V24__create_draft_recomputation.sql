-- A draft's budget as last computed with a published rate table, and the background jobs that recompute every
-- draft of a call year after a publication. Only DRAFT rows are written (the content triggers of V7/V22 and the
-- withdrawal trigger of V8 look at other columns), and never the optimistic-locking version column, so the job
-- does not collide with coordinators' saves.
alter table application add column draft_total numeric(14, 2);
alter table application add column draft_rate_version integer;
create index application_draft_estimate on application (call_year, draft_rate_version) where status = 'DRAFT';

create table draft_recomputation (
    id                 bigserial primary key,
    call_year          integer     not null,
    rate_table_version integer     not null,
    status             varchar(8)  not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    total              integer     not null default 0,
    done               integer     not null default 0,
    started_at         timestamptz not null,
    finished_at        timestamptz,
    last_error         varchar(1000)
);
create index draft_recomputation_year on draft_recomputation (call_year, id desc);
create index draft_recomputation_running on draft_recomputation (status) where status = 'RUNNING';
