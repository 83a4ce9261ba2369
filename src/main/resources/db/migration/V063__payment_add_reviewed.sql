-- A billing record's review (issue #22, ADR 045): who last checked its current terms, and when. Editing the terms
-- clears it, so "reviewed" always speaks of what the record says now. Both columns are audited with Envers.
alter table billing_record
    add column reviewed_at timestamptz,
    add column reviewed_by bigint references account (id),
    add constraint billing_record_reviewed_both check ((reviewed_at is null) = (reviewed_by is null));

alter table billing_record_aud
    add column reviewed_at timestamptz,
    add column reviewed_by bigint;
