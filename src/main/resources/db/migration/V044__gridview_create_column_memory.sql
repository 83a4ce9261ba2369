-- Issue #22, ADR 035: the columns (order, visibility, width, frozen first column) each account last left a grid
-- with. A preference rewritten on every drag, so not versioned by Envers: the saved views are.
create table grid_column_memory (
    account_id bigint      not null references account (id) on delete cascade,
    grid       varchar(32) not null,
    state      jsonb       not null,
    updated_at timestamptz not null,
    primary key (account_id, grid)
);
