-- EXPLAIN (ANALYZE, BUFFERS) of the Event Log's query shapes, as EventLog.query builds them, on the demo events.
-- Run against the embedded PostgreSQL of a running app (find the port with: ss -ltnp | grep postgres):
--   PGPASSWORD=postgres psql -h localhost -p <port> -U postgres -d postgres -f docs/bench/event-partition-pruning.sql
-- Each shape is PREPAREd with untyped $n parameters, as the JDBC driver sends them (timestamps unspecified, so the
-- server types them timestamptz), and EXECUTEd twice: with a custom plan (what the first executions get: pruning at
-- plan time, only the range's partitions appear) and with a generic plan (what a prepared statement may switch to
-- after five executions: all partitions are planned, and pruned when execution starts, "Subplans Removed: N").
\pset pager off
\timing off
-- A range of two calendar months, half a year back; a customer and an account manager that exist in any demo data.
select date_trunc('month', now() - interval '6 months') + interval '9 days' as range_from,
       date_trunc('month', now() - interval '5 months') + interval '19 days' as range_to,
       (select max(id) / 2 from customer) as customer_id,
       (select id from account where username = 'manager') as manager_id,
       now() - interval '30 days' as default_from,
       now() + interval '1 day' as horizon \gset
-- The cursor of a second page: the 50th newest event of the default window (its row ends the first page).
select occurred_at as cursor_at, id as cursor_id from events where occurred_at >= :'default_from'
 order by occurred_at desc, id desc offset 49 limit 1 \gset
-- The cursor of a customer's second page.
select occurred_at as customer_cursor_at, id as customer_cursor_id from events where customer_id = :customer_id
 order by occurred_at desc, id desc offset 49 limit 1 \gset
select :'range_from' as range_from, :'range_to' as range_to, :customer_id as customer_id, :'cursor_at' as cursor_at;

\echo '### 1. time range only'
prepare range_only as select e.id, e.occurred_at, e.received_at, e.source, e.event_id, e.type, e.customer_id, e.contract_id, c.number as contract_number, e.payload::text as payload from events e left join contract c on c.id = e.contract_id where true and e.occurred_at >= $1 and e.occurred_at < $2 order by e.occurred_at desc, e.id desc limit $3;
set plan_cache_mode = force_custom_plan;
explain (analyze, buffers, costs off) execute range_only(:'range_from', :'range_to', 51);
set plan_cache_mode = force_generic_plan;
explain (analyze, buffers, costs off) execute range_only(:'range_from', :'range_to', 51);

\echo '### 2. customer + time range'
prepare customer_range as select e.id, e.occurred_at, e.received_at, e.source, e.event_id, e.type, e.customer_id, e.contract_id, c.number as contract_number, e.payload::text as payload from events e left join contract c on c.id = e.contract_id where true and e.occurred_at >= $1 and e.occurred_at < $2 and e.customer_id = $3 order by e.occurred_at desc, e.id desc limit $4;
set plan_cache_mode = force_custom_plan;
explain (analyze, buffers, costs off) execute customer_range(:'range_from', :'range_to', :customer_id, 51);
set plan_cache_mode = force_generic_plan;
explain (analyze, buffers, costs off) execute customer_range(:'range_from', :'range_to', :customer_id, 51);

\echo '### 3. type + time range'
prepare type_range as select e.id, e.occurred_at, e.received_at, e.source, e.event_id, e.type, e.customer_id, e.contract_id, c.number as contract_number, e.payload::text as payload from events e left join contract c on c.id = e.contract_id where true and e.occurred_at >= $1 and e.occurred_at < $2 and e.type = $3 order by e.occurred_at desc, e.id desc limit $4;
set plan_cache_mode = force_custom_plan;
explain (analyze, buffers, costs off) execute type_range(:'range_from', :'range_to', 'payment.missed', 51);
set plan_cache_mode = force_generic_plan;
explain (analyze, buffers, costs off) execute type_range(:'range_from', :'range_to', 'payment.missed', 51);

\echo '### 4. newest first, default window (last 30 days): first page, then the next page by keyset'
prepare default_first as select e.id, e.occurred_at, e.received_at, e.source, e.event_id, e.type, e.customer_id, e.contract_id, c.number as contract_number, e.payload::text as payload from events e left join contract c on c.id = e.contract_id where true and e.occurred_at >= $1 and e.occurred_at <= $2 order by e.occurred_at desc, e.id desc limit $3;
prepare default_next as select e.id, e.occurred_at, e.received_at, e.source, e.event_id, e.type, e.customer_id, e.contract_id, c.number as contract_number, e.payload::text as payload from events e left join contract c on c.id = e.contract_id where true and e.occurred_at >= $1 and e.occurred_at <= $2 and (e.occurred_at, e.id) < ($3, $4) order by e.occurred_at desc, e.id desc limit $5;
set plan_cache_mode = force_custom_plan;
explain (analyze, buffers, costs off) execute default_first(:'default_from', :'horizon', 51);
explain (analyze, buffers, costs off) execute default_next(:'default_from', :'cursor_at', :'cursor_at', :cursor_id, 51);
set plan_cache_mode = force_generic_plan;
explain (analyze, buffers, costs off) execute default_next(:'default_from', :'cursor_at', :'cursor_at', :cursor_id, 51);

\echo '### 5. account manager (own customers only) + time range'
prepare manager_range as select e.id, e.occurred_at, e.received_at, e.source, e.event_id, e.type, e.customer_id, e.contract_id, c.number as contract_number, e.payload::text as payload from events e left join contract c on c.id = e.contract_id where true and e.occurred_at >= $1 and e.occurred_at < $2 and e.customer_id in (select id from customer where owner_id = $3) order by e.occurred_at desc, e.id desc limit $4;
set plan_cache_mode = force_custom_plan;
explain (analyze, buffers, costs off) execute manager_range(:'range_from', :'range_to', :manager_id, 51);

\echo '### 6. a customer''s whole history (no range): first page, then the next page by keyset'
prepare customer_first as select e.id, e.occurred_at, e.received_at, e.source, e.event_id, e.type, e.customer_id, e.contract_id, c.number as contract_number, e.payload::text as payload from events e left join contract c on c.id = e.contract_id where true and e.occurred_at <= $1 and e.customer_id = $2 order by e.occurred_at desc, e.id desc limit $3;
prepare customer_next as select e.id, e.occurred_at, e.received_at, e.source, e.event_id, e.type, e.customer_id, e.contract_id, c.number as contract_number, e.payload::text as payload from events e left join contract c on c.id = e.contract_id where true and e.customer_id = $1 and e.occurred_at <= $2 and (e.occurred_at, e.id) < ($3, $4) order by e.occurred_at desc, e.id desc limit $5;
set plan_cache_mode = force_custom_plan;
explain (analyze, buffers, costs off) execute customer_first(:'horizon', :customer_id, 51);
explain (analyze, buffers, costs off) execute customer_next(:customer_id, :'customer_cursor_at', :'customer_cursor_at', :customer_cursor_id, 51);
reset plan_cache_mode;
