-- Spring Modulith's event publication registry (ADR 025): one row per (event, listener) for every
-- @ApplicationModuleListener, written with the publishing transaction and completed when the listener succeeds. An
-- incomplete row is a listener that failed or never ran; it is resubmitted on restart and listed on the Jobs screen.
-- The DDL is Modulith 2.1's own (schemas/v2/schema-postgresql.sql); Flyway owns it, so the library's schema
-- initialization is off. The application role gets DML through V028's default privileges.
create table if not exists event_publication
(
    id                     uuid                     not null,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
