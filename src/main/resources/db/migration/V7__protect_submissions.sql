-- A submitted application's snapshot never changes, and a submitted or withdrawn application keeps its
-- content: only the status may move on (submitted -> withdrawn; decisions come later).
create function refuse_submission_change() returns trigger language plpgsql as $$
begin
    raise exception 'a submission snapshot cannot change' using errcode = 'check_violation';
end;
$$;
create trigger application_submission_immutable before update or delete on application_submission
    for each row execute function refuse_submission_change();

create function refuse_submitted_application_change() returns trigger language plpgsql as $$
begin
    if old.status <> 'DRAFT' and (
        new.title is distinct from old.title or new.project_start is distinct from old.project_start
        or new.duration_months is distinct from old.duration_months or new.background is distinct from old.background
        or new.financial_guarantee_costs is distinct from old.financial_guarantee_costs
        or new.reference is distinct from old.reference or new.call_year <> old.call_year or new.round <> old.round
        or new.organisation_id <> old.organisation_id) then
        raise exception 'application % is % and its content cannot change', old.id, old.status
            using errcode = 'check_violation';
    end if;
    return new;
end;
$$;
create trigger application_content_frozen before update on application
    for each row execute function refuse_submitted_application_change();

create function refuse_submitted_child_change() returns trigger language plpgsql as $$
declare
    parent_status varchar(12);
begin
    select status into parent_status from application
        where id = case when tg_op = 'INSERT' then new.application_id else old.application_id end;
    if parent_status is not null and parent_status <> 'DRAFT' then
        raise exception 'the application is % and its activities and objectives cannot change', parent_status
            using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end;
$$;
create trigger application_activity_frozen before insert or update or delete on application_activity
    for each row execute function refuse_submitted_child_change();
create trigger application_objective_frozen before insert or update or delete on application_objective
    for each row execute function refuse_submitted_child_change();
