-- How serious the events of a type are: the dashboard lists an account manager's recent high-severity events.
-- An event's payload may say otherwise with its own "severity" (complaints do: low, medium or high).
alter table event_type add column severity varchar(10) not null default 'LOW'
    constraint event_type_severity_ck check (severity in ('LOW', 'MEDIUM', 'HIGH'));
update event_type set severity = 'HIGH' where name = 'payment.missed';
update event_type set severity = 'MEDIUM' where name = 'complaint.opened';
