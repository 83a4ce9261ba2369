-- Where a dead letter came from when a stream delivered it (ADR 048), e.g. 'kafka:portalops.events-0@42', so that an
-- operator can find the record on the broker; null for the HTTP API, whose caller got the reasons in its answer.
alter table event_dead_letter add column origin varchar(300);
