-- Spring Modulith's event publication registry: the transactional outbox of the partner events (ReferralRequested,
-- ReferralCancelled). A row is written in the same transaction as the referral and deleted once Kafka has
-- acknowledged the event, or once the consent gate withholds it at send time
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

-- A program's partner id names its Kafka topic (referrals.partner.<partner_id>.v1): only a short lowercase slug,
-- never anything about a person.
alter table program add constraint program_partner_id_is_a_slug check (partner_id ~ '^[a-z0-9][a-z0-9-]{0,39}$');
