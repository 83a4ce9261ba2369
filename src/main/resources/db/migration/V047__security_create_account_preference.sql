-- A user's own display preferences (issue 22: one date format everywhere, ISO unless chosen otherwise). Kept apart
-- from account so that a preference change neither bumps the account's optimistic version nor its Envers history.
create table account_preference (
    account_id bigint primary key references account (id) on delete cascade,
    date_style varchar(32) not null,
    updated_at timestamptz not null default now()
);
