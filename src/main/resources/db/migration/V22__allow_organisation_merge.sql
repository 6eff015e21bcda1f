-- Merging a duplicate organisation moves its applications, submitted ones included, to the organisation that is
-- kept. Only that move may change a submitted application's organisation, and only inside the merge's
-- transaction, which sets ka122.merging_organisations.
create or replace function refuse_submitted_application_change() returns trigger language plpgsql as $$
begin
    if old.status <> 'DRAFT' and (
        new.title is distinct from old.title or new.project_start is distinct from old.project_start
        or new.duration_months is distinct from old.duration_months or new.background is distinct from old.background
        or new.financial_guarantee_costs is distinct from old.financial_guarantee_costs
        or new.reference is distinct from old.reference or new.call_year <> old.call_year or new.round <> old.round
        or (new.organisation_id <> old.organisation_id
            and coalesce(current_setting('ka122.merging_organisations', true), '') <> 'on')) then
        raise exception 'application % is % and its content cannot change', old.id, old.status
            using errcode = 'check_violation';
    end if;
    return new;
end;
$$;
