-- Spring Modulith's event publication registry: the transactional outbox of the screening events. A row is written
-- in the same transaction as the screening and deleted once Kafka has acknowledged the event
-- (spring.modulith.events.completion-mode=delete), so only events still to be sent stay here.
-- DDL as Spring Modulith 2.0.3 ships it for PostgreSQL (spring-modulith-events-jdbc schemas/v2/schema-postgresql.sql),
-- which matches its JPA mapping.
create table event_publication (
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

create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
