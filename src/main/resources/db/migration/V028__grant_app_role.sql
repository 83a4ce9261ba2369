-- The application's database role (placeholder app_role, from portalops.db.app-role) owns nothing: it gets DML on the
-- tables, the sequences, the partition functions of V027, and on audit_log only INSERT and SELECT, so it can neither
-- change nor delete nor truncate audit entries, nor disable the table's triggers (only an owner may ALTER TABLE).
-- Default privileges extend the same grants to tables that later migrations create as the owner.
-- With an empty app_role (one role for both) nothing is granted. docs/security/database-roles.md
do $$
declare
    app text := '${app_role}';
    s text := current_schema();
begin
    if app = '' then
        return;
    end if;
    if not exists (select 1 from pg_roles where rolname = app) then
        raise exception 'portalops.db.app-role is %, but no such database role exists: create it first (docs/security/database-roles.md)', app;
    end if;
    if exists (select 1 from pg_roles where rolname = app and (rolsuper or rolbypassrls)) or app = current_user then
        raise exception 'portalops.db.app-role % must be a plain role, not a superuser and not the owner running the migrations', app;
    end if;
    execute format('grant usage on schema %I to %I', s, app);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', s, app);
    execute format('revoke update, delete, truncate, references, trigger on audit_log from %I', app);
    execute format('grant usage, select, update on all sequences in schema %I to %I', s, app);
    execute format('grant execute on function event_partition_create(date), event_partition_drop(date) to %I', app);
    execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to %I', s, app);
    execute format('alter default privileges in schema %I grant usage, select, update on sequences to %I', s, app);
    -- PostgreSQL 17+: MAINTAIN lets the app refresh the dashboard's materialized views and ANALYZE after a bulk load
    -- without owning them; never on audit_log.
    if current_setting('server_version_num')::int >= 170000 then
        execute (select string_agg(format('grant maintain on %I.%I to %I', s, c.relname, app), '; ')
                 from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = s and c.relkind in ('r', 'p', 'm') and c.relname <> 'audit_log');
        execute format('alter default privileges in schema %I grant maintain on tables to %I', s, app);
    end if;
end;
$$;
