-- Issue #19, ADR 033: TOTP as a second factor. One authenticator per account; the secret is encrypted with the field
-- cipher (shared/crypto). last_used_step is the TOTP time step of the last accepted code: a code is accepted only for a
-- later step, in one UPDATE, so a replayed code is refused even by two parallel requests.
create table account_totp (
    account_id       bigint       primary key references account (id) on delete cascade,
    secret_encrypted varchar(200) not null,
    created_at       timestamptz  not null,
    confirmed_at     timestamptz,
    last_used_step   bigint
);

-- Ten one-time recovery codes per account, stored as SHA-256 hashes (80 random bits each; ADR 033). A code is used by
-- setting used_at where it is still null, again one statement.
create table account_recovery_code (
    id         bigserial   primary key,
    account_id bigint      not null references account (id) on delete cascade,
    code_hash  char(64)    not null,
    created_at timestamptz not null,
    used_at    timestamptz,
    unique (account_id, code_hash)
);

-- The per-role override of portalops.security.mfa.required-roles, set in the Accounts screen. A role without a row
-- follows the configuration.
create table mfa_role_policy (
    role       varchar(40) primary key,
    required   boolean     not null,
    changed_at timestamptz not null,
    changed_by bigint      references account (id) on delete set null
);
