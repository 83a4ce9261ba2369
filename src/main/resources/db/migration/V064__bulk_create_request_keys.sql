-- Idempotency-Key of POST /api/bulk/{grid}/{action} (ADR 045). Unlike idempotency_key (ADR 006), the claim commits
-- before the first row runs, since each row commits in a transaction of its own: a row with no answer yet is a run in
-- progress (or one a crash cut short), and a second request with its key is refused with 409 rather than run again.
create table bulk_request_key (
    account_id      bigint       not null references account (id),
    key             varchar(255) not null,
    request_hash    varchar(64)  not null,
    response_status integer,
    response_body   text,
    created_at      timestamptz  not null,
    primary key (account_id, key)
);
create index bulk_request_key_created_idx on bulk_request_key (created_at);
