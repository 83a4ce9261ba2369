-- The daily contract jobs look for approved contracts that start and active ones that end; with ~3M contracts most
-- rows are neither, so partial indexes keep both lookups small.
create index contract_approved_start_idx on contract (start_date) where status = 'APPROVED';
create index contract_active_end_idx on contract (end_date) where status = 'ACTIVE';
