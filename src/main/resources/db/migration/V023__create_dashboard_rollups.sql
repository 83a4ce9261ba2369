-- Pre-aggregated figures for the dashboard (issue #8, ADR 016). Each view belongs to the module that owns its tables
-- (contract_*, event_*, payment_*, workflow_*); the dashboard-refresh job refreshes them concurrently, so readers never
-- wait, and the dashboard never scans contract or events tables per view. Windows relative to today (current_date)
-- are evaluated at refresh time; dashboard_refresh says when that was.

-- contract: contracts per owner, status and flag, with their value per currency
create materialized view contract_status_rollup as
select owner_id, status, flagged, value_currency as currency, count(*) as contracts, sum(value_amount) as value
from contract
group by owner_id, status, flagged, value_currency;
create unique index contract_status_rollup_uq on contract_status_rollup (owner_id, status, flagged, currency);

-- contract: value of contracts starting (new) and ending (expiring) per month, 24 months either side of today
create materialized view contract_month_rollup as
select owner_id, 'START' as kind, date_trunc('month', start_date)::date as month, value_currency as currency,
       count(*) as contracts, sum(value_amount) as value
from contract
where status in ('APPROVED', 'ACTIVE', 'EXPIRED', 'TERMINATED')
  and start_date >= (date_trunc('month', current_date) - interval '24 months')::date
  and start_date < (date_trunc('month', current_date) + interval '25 months')::date
group by owner_id, date_trunc('month', start_date), value_currency
union all
select owner_id, 'END', date_trunc('month', end_date)::date, value_currency, count(*), sum(value_amount)
from contract
where status in ('APPROVED', 'ACTIVE', 'EXPIRED')
  and end_date >= (date_trunc('month', current_date) - interval '24 months')::date
  and end_date < (date_trunc('month', current_date) + interval '25 months')::date
group by owner_id, date_trunc('month', end_date), value_currency;
create unique index contract_month_rollup_uq on contract_month_rollup (owner_id, kind, month, currency);

-- contract: active contracts ending in the next 120 days, renewing (auto-renew) or expiring
create materialized view contract_upcoming_end_rollup as
select owner_id, end_date, auto_renew, count(*) as contracts
from contract
where status = 'ACTIVE' and end_date >= current_date and end_date < current_date + 120
group by owner_id, end_date, auto_renew;
create unique index contract_upcoming_end_rollup_uq on contract_upcoming_end_rollup (owner_id, end_date, auto_renew);

-- contract: the approval queue, by the people an approver may not be (owner, submitter, the first approver of this
-- round: four eyes), so "waiting for me" is a sum over a few rows. 0 stands for "nobody".
create materialized view contract_pending_rollup as
select c.owner_id, coalesce(c.submitted_by, 0) as submitted_by, coalesce(a.approver_id, 0) as approved_by,
       count(*) as contracts, min(c.submitted_at) as oldest_submitted_at
from contract c
left join contract_approval a on a.contract_id = c.id and a.round = c.approval_round
where c.status = 'PENDING_APPROVAL'
group by c.owner_id, coalesce(c.submitted_by, 0), coalesce(a.approver_id, 0);
create unique index contract_pending_rollup_uq on contract_pending_rollup (owner_id, submitted_by, approved_by);

-- contract: decisions per approver and day, the last six weeks
create materialized view contract_decision_rollup as
select approver_id, decided_at::date as day, decision, count(*) as decisions
from contract_approval
where decided_at >= current_date - 42
group by approver_id, decided_at::date, decision;
create unique index contract_decision_rollup_uq on contract_decision_rollup (approver_id, day, decision);

-- event: events per day and type, the last 30 days (today included)
create materialized view event_type_day_rollup as
select occurred_at::date as day, type, count(*) as events
from events
where occurred_at >= current_date - 29 and occurred_at < current_date + 1
group by occurred_at::date, type;
create unique index event_type_day_rollup_uq on event_type_day_rollup (day, type);

-- event: the 50 customers with the most events in the last 30 days
create materialized view event_top_customer_rollup as
select customer_id, count(*) as events
from events
where occurred_at >= current_date - 29 and occurred_at < current_date + 1
group by customer_id
order by count(*) desc, customer_id
limit 50;
create unique index event_top_customer_rollup_uq on event_top_customer_rollup (customer_id);

-- event: per account manager, the 20 newest high-severity events of their customers in the last 7 days, and how many
-- there were; an event's own payload severity wins over its type's
create materialized view event_alert_rollup as
select owner_id, event_pk, occurred_at, type, customer_id, rank, total
from (select c.owner_id, e.id as event_pk, e.occurred_at, e.type, e.customer_id,
             row_number() over (partition by c.owner_id order by e.occurred_at desc, e.id desc) as rank,
             count(*) over (partition by c.owner_id) as total
      from events e
      join event_type t on t.name = e.type
      join customer c on c.id = e.customer_id
      where e.occurred_at >= now() - interval '7 days' and e.occurred_at <= now()
        and coalesce(lower(e.payload ->> 'severity'), lower(t.severity)) = 'high') ranked
where rank <= 20;
create unique index event_alert_rollup_uq on event_alert_rollup (owner_id, event_pk);

-- payment: SaaS spend per month and product over the last 12 months (this month included), from the billing schedule:
-- a record is charged on its next renewal and every billing cycle (MONTHLY 1, ANNUAL 12 months) before it
create materialized view payment_spend_rollup as
select date_trunc('month', charge.day)::date as month, p.service_id, r.product_id, r.currency,
       count(*) as charges, sum(r.amount) as amount
from billing_record r
join product p on p.id = r.product_id
-- (renewals may lie far ahead or behind, so step back up to 20 years; only charges inside the window count)
cross join lateral generate_series(0, case r.billing_cycle when 'ANNUAL' then 20 else 240 end) as step(k)
cross join lateral (select (r.next_renewal - make_interval(months => step.k * case r.billing_cycle when 'ANNUAL' then 12 else 1 end))::date as day) charge
where charge.day >= (date_trunc('month', current_date) - interval '11 months')::date
  and charge.day < (date_trunc('month', current_date) + interval '1 month')::date
group by date_trunc('month', charge.day), p.service_id, r.product_id, r.currency;
create unique index payment_spend_rollup_uq on payment_spend_rollup (month, product_id, currency);

-- workflow: open tasks per product, kind (GRANT onboarding, REVOKE offboarding) and due date
create materialized view workflow_task_rollup as
select product_id, kind, due_date, count(*) as tasks
from workflow_task
where status = 'OPEN'
group by product_id, kind, due_date;
create unique index workflow_task_rollup_uq on workflow_task_rollup (product_id, kind, due_date);

-- dashboard: when each group of views was last refreshed, and how long it took
create table dashboard_refresh (
    name         varchar(60) primary key,
    refreshed_at timestamptz not null,
    duration_ms  bigint      not null
);
