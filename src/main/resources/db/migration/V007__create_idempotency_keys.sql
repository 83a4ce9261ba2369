-- Idempotency-Key of POST /api/actions (ADR 006). The row is inserted before the action runs, in the same transaction,
-- so that a concurrent duplicate waits on the primary key and then replays the stored answer instead of acting again.
-- A failed action rolls back its row too: only successful answers are stored.
create table idempotency_key (
    account_id      bigint       not null references account (id),
    key             varchar(255) not null,
    request_hash    varchar(64)  not null,
    response_status integer,
    response_body   text,
    created_at      timestamptz  not null,
    primary key (account_id, key)
);
create index idempotency_key_created_idx on idempotency_key (created_at);
