-- Company usage events (#23, ADR 055): a login from the company's own identity provider, or a usage meter's reading of
-- a SaaS product, is about a person of the directory and a product, not about any customer. Such an event is stored
-- without a customer; every other event still names one. The check is on columns only: which types count as usage is
-- configuration (portalops.events.usage-types), which the ingest enforces, so the database keeps the invariant that
-- holds whatever that list says: an event without a customer names both who used what. Dropping NOT NULL on the
-- partitioned parent is a catalogue change that reaches every partition; the check scans each partition once (every
-- existing row names a customer, so it holds), it rewrites nothing.
alter table events alter column customer_id drop not null;
alter table events add constraint events_customer_or_usage_ck
    check (customer_id is not null or (person_ref is not null and product_ref is not null));

-- The dashboard's top customers by event volume (V023) count customers' events only: a company usage event is never
-- attributed to a customer, nor does the company take a place among them. (The events per day and type still count
-- every event, so that a point of that chart opens exactly its rows in the Event Log.) Same view, same unique index.
drop materialized view event_top_customer_rollup;
create materialized view event_top_customer_rollup as
select customer_id, count(*) as events
from events
where occurred_at >= current_date - 29 and occurred_at < current_date + 1 and customer_id is not null
group by customer_id
order by count(*) desc, customer_id
limit 50;
create unique index event_top_customer_rollup_uq on event_top_customer_rollup (customer_id);
