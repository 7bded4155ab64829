-- Screenings as the staff queue needs them. Raw answers, scoring and alerts arrive with the screening feature.
create table screening (
    id                 uuid primary key,
    reference          varchar(16)  not null unique,
    instrument_id      varchar(40)  not null,
    instrument_version varchar(20)  not null,
    mode               varchar(10)  not null check (mode in ('self', 'staff')),
    status             varchar(30)  not null default 'new',
    crisis             boolean      not null default false,
    completed_at       timestamptz  not null
);

create index screening_queue_idx on screening (status, crisis desc, completed_at);
