-- The tamper-evident audit log (ADR 014): one row per security-relevant or mutating action, chained by SHA-256.
-- Rows are only ever inserted; the triggers below refuse UPDATE, DELETE and TRUNCATE even to the table's owner, and a
-- production deployment also gives the application's role only INSERT and SELECT on it (see docs/audit-log.md).
create table audit_log (
    seq         bigint        primary key,
    occurred_at timestamptz   not null,
    actor_type  varchar(16)   not null check (actor_type in ('ACCOUNT', 'API_CLIENT', 'SYSTEM', 'ANONYMOUS')),
    actor_id    bigint,
    actor_name  varchar(200),
    action      varchar(64)   not null,
    target_type varchar(64),
    target_id   varchar(100),
    details     jsonb         not null,
    client_ip   varchar(64),
    prev_hash   char(64)      not null,
    hash        char(64)      not null
);

create index audit_log_occurred_idx on audit_log (occurred_at desc, seq desc);
create index audit_log_action_idx on audit_log (action, seq desc);
create index audit_log_actor_idx on audit_log (actor_name, seq desc);
create index audit_log_target_idx on audit_log (target_type, target_id, seq desc);

create function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % is refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_log_no_update_or_delete before update or delete on audit_log
    for each row execute function audit_log_refuse_change();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_refuse_change();
