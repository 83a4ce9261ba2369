-- Issue #23: a product's usage settings (its idle period and alert thresholds) are kept in Envers like the other
-- audited entities, so that who changed a threshold and when can be read back. Only the settings are versioned; when
-- an alert last went out is the job's bookkeeping and stays out of the history (@NotAudited), as does updated_at.
create table usage_policy_aud (
    id               bigint   not null,
    rev              bigint   not null references audit_revision (id),
    revtype          smallint,
    product_id       bigint,
    idle_days        integer,
    max_unused_seats integer,
    min_free_seats   integer,
    primary key (id, rev)
);
