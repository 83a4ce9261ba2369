-- Issue #23, ADR 041: one personal iCal feed token per account. Only the SHA-256 of the token is kept (the token has 256
-- random bits, so a plain hash suffices and the feed can find the row by it); regenerating replaces the row, revoking
-- deletes it, and either makes the old URL answer 404.
create table calendar_feed_token (
    account_id  bigint      primary key references account (id) on delete cascade,
    token_hash  char(64)    not null unique,
    created_at  timestamptz not null
);
