-- Event partitions are created and dropped through these two functions, which run with the owner's rights (security
-- definer): the application role owns no table, so it could not run CREATE TABLE ... PARTITION OF or DROP TABLE itself.
-- Each takes a month, not a name, builds the partition's name itself, and refuses months outside a sane range, so a
-- caller can neither inject SQL nor create partitions back to year 1 (docs/security/ingest-limits.md).
create function event_partition_create(p_month date) returns boolean
    language plpgsql security definer set search_path from current as $$
declare
    first_day date := date_trunc('month', p_month)::date;
    name text := 'events_' || to_char(first_day, 'YYYY_MM');
begin
    if first_day < date '1970-01-01' or first_day > (date_trunc('month', now()) + interval '5 years')::date then
        raise exception 'event partition month % is outside 1970 .. now + 5 years', first_day using errcode = 'check_violation';
    end if;
    if to_regclass(name) is not null then
        return false;
    end if;
    execute format('create table if not exists %I partition of events for values from (%L) to (%L)', name,
                   first_day::timestamp at time zone 'UTC', (first_day + interval '1 month')::timestamp at time zone 'UTC');
    return true;
end;
$$;

create function event_partition_drop(p_month date) returns boolean
    language plpgsql security definer set search_path from current as $$
declare
    name text := 'events_' || to_char(date_trunc('month', p_month), 'YYYY_MM');
begin
    if to_regclass(name) is null then
        return false;
    end if;
    execute format('alter table events detach partition %I', name);
    execute format('drop table %I', name);
    return true;
end;
$$;

revoke execute on function event_partition_create(date) from public;
revoke execute on function event_partition_drop(date) from public;

-- A dead letter keeps at most the payload limit of a rejected body (portalops.events.max-payload-bytes); a cut one is
-- marked, shown as such, and cannot be replayed.
alter table event_dead_letter add column body_truncated boolean not null default false;
