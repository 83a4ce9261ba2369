-- The primary key (occurred_at, id) already serves newest-first scans (read backwards; see
-- docs/event-partition-pruning.md, where every current time-range plan uses it). The second index on the same columns only
-- cost every ingested event one more index insert.
drop index events_occurred_idx;
