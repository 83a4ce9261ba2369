-- The daily contract jobs look for approved contracts that start and active ones that end; with ~3M contracts most
-- rows are neither, so partial indexes keep both lookups small.
create index contract_approved_start_idx on contract (start_date) where status = 'APPROVED';
create index contract_active_end_idx on contract (end_date) where status = 'ACTIVE';
-- Renewal reminders look up active contracts by cancellation deadline; escalation looks up pending ones by age.
create index contract_active_deadline_idx on contract ((end_date - notice_period_days)) where status = 'ACTIVE';
create index contract_pending_submitted_idx on contract (submitted_at) where status = 'PENDING_APPROVAL';
