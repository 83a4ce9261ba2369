-- Access reviews (#23): a revoke decision becomes a run of its own (kind ACCESS_REVIEW) with one revoke task that
-- names the review item it came from, so that closing the task is told back to the review.
alter table workflow_run drop constraint workflow_run_kind_ck;
alter table workflow_run add constraint workflow_run_kind_ck check (kind in ('ONBOARDING', 'OFFBOARDING', 'ACCESS_REVIEW'));
-- One open on/offboarding run per person and kind still; review runs are one per decision, so a person may have several.
drop index workflow_run_open_uq;
create unique index workflow_run_open_uq on workflow_run (person_id, kind) where status = 'OPEN' and kind <> 'ACCESS_REVIEW';

alter table workflow_task add column reference varchar(80);
alter table workflow_task_aud add column reference varchar(80);
-- A decision makes one task, even when two requests race.
create unique index workflow_task_reference_uq on workflow_task (reference) where reference is not null;
