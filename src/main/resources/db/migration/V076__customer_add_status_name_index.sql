-- "Status Suspended, sorted by name" and its capped count at 1M customers (ADR 060): without an index on status, the
-- count scanned the table until 10,001 suspended customers were found (55 ms) and the page walked the name index
-- filtering on status. With it both read the index in order. Built in seconds at 1M rows (writes wait meanwhile).
create index customer_status_name_idx on customer (status, name, id);
