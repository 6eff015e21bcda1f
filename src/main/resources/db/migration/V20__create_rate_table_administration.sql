-- Administration of rate tables: who started, edited and published a version, and at most one draft per
-- call year. The four-eyes rule reads rate_table_editor: nobody who changed a draft may publish it.
alter table rate_table add column created_by varchar(100);
alter table rate_table add column published_by varchar(100);
alter table rate_table add column based_on_version integer;

create unique index rate_table_one_draft_per_year on rate_table (call_year) where status = 'DRAFT';

create table rate_table_editor (
    rate_table_id bigint       not null references rate_table (id) on delete cascade,
    username      varchar(100) not null,
    edited_at     timestamptz  not null,
    primary key (rate_table_id, username)
);

-- The audit trail also refuses TRUNCATE (updates and deletes are refused since V5).
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function refuse_audit_change();
