-- Sign-in throttling and aggregated failed-sign-in audit (ADR 018). Both tables stay small: one row per client
-- address or account that failed recently, deleted by the login-failures job once quiet.

-- When the account's counter last moved, so that old failures stop counting (portalops.security.lockout.reset-after).
alter table account add column last_failed_at timestamptz;

-- Failed sign-ins per client address, over all accounts: the progressive delay per address.
create table login_address_throttle (
    address        varchar(64) primary key,
    failures       integer     not null,
    last_failed_at timestamptz not null,
    delayed_until  timestamptz
);

-- The open audit window per subject (an account, or a client address for names that match no account): the first
-- refused sign-in of a window is audited at once, the rest as one row with a count when the window closes.
create table login_failure_window (
    subject      varchar(210) primary key,
    account_id   bigint,
    typed_name   varchar(200) not null,
    address      varchar(64),
    window_start timestamptz  not null,
    failures     integer      not null,
    audited      integer      not null
);
create index login_failure_window_start_idx on login_failure_window (window_start);
