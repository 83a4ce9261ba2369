-- A signed document export (ADR 043): an access review's one-page PDF summary is hashed, signed and recorded like a
-- grid export, so that the Verify export page recognises it too.
alter table export_record drop constraint export_record_format_check;
alter table export_record add constraint export_record_format_check check (format in ('CSV', 'XLSX', 'PDF'));
