-- The partner treatment programs a clinician can refer to. partner_id matches the program's Keycloak client
-- (partner-<partner_id>) and names its Kafka topic; it never identifies a person.
create table program (
    id                  uuid primary key,
    partner_id          varchar(40)  not null unique,
    name                varchar(200) not null,
    accepting_referrals boolean      not null default true
);

-- ASAM levels of care are meaningless without their edition: store both, always.
create table program_level_of_care (
    program_id   uuid        not null references program (id),
    asam_edition varchar(4)  not null,
    level_code   varchar(8)  not null,
    primary key (program_id, asam_edition, level_code)
);

create table program_service (
    program_id uuid        not null references program (id),
    service    varchar(80) not null,
    primary key (program_id, service)
);

create table program_population (
    program_id uuid        not null references program (id),
    population varchar(40) not null,
    primary key (program_id, population)
);
