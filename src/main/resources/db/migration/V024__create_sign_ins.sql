-- Issue #17 part 1, ADR 017: a credential or role change ends every sign-in of the account.
-- credential_version goes up by one on each such change; access tokens carry it (claim "cv") and sign-ins record the
-- one they began under, so anything issued before the change, even within the same second, stops working.
alter table account add column credential_version bigint not null default 0;
alter table account add column tokens_valid_after timestamptz;

-- One row per sign-in: a browser session (tracked here so that it can be ended from any node) or an API refresh-token
-- family (id = the family id). Ending one sets ended_at; nothing is deleted, so the list can say why it ended.
create table sign_in (
    id                 uuid        primary key,
    account_id         bigint      not null references account (id) on delete cascade,
    kind               varchar(16) not null check (kind in ('BROWSER', 'API')),
    credential_version bigint      not null,
    started_at         timestamptz not null,
    last_used_at       timestamptz not null,
    user_agent         varchar(300),
    client_address     varchar(64),
    ended_at           timestamptz,
    ended_reason       varchar(40),
    check ((ended_at is null) = (ended_reason is null))
);
create index sign_in_account_active_idx on sign_in (account_id) where ended_at is null;
create index refresh_token_account_idx on refresh_token (account_id);

-- Refresh-token families that are still alive get their sign-in row, started when their first token was issued, so that
-- the absolute family lifetime counts from then; revoked or expired families are recorded as ended.
insert into sign_in (id, account_id, kind, credential_version, started_at, last_used_at, ended_at, ended_reason)
select family_id, min(account_id), 'API', 0, min(issued_at), max(coalesce(used_at, issued_at)),
       case when bool_or(revoked_at is not null) or max(expires_at) <= now() then now() end,
       case when bool_or(revoked_at is not null) or max(expires_at) <= now() then 'MIGRATED' end
from refresh_token
group by family_id;
