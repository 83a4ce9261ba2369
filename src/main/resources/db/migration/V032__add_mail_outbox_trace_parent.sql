-- The W3C traceparent of the request (or job) that queued the message, so that its SMTP delivery, sent later by the
-- outbox sender, joins that trace (docs/ops/observability.md). Null when nothing was traced.
alter table mail_outbox add column trace_parent varchar(55);
