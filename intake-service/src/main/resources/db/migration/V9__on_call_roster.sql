-- The on-call roster (docs/clinic-operations.md#on-call-roster-and-escalation): who is paged when a crisis alert
-- opens. Times are wall-clock times in the clinic's time zone (carepath.clinic.time-zone), never instants, so a
-- slot keeps its hours across daylight-saving changes.

-- One row: the clinic-wide escalation contact (paged when no slot or exception covers the time) and whether the
-- roster was ever configured (the development roster is seeded only into a roster that never was). Changes to the
-- roster lock this row first, so two admins cannot add overlapping slots at once.
create table on_call_roster (
    id                 smallint     primary key check (id = 1),
    escalation_contact varchar(254),
    configured         boolean      not null default false
);

insert into on_call_roster (id) values (1);

-- A weekly slot from start_day start_time up to (not including) end_day end_time; it may cross midnight and the
-- week's end (SUNDAY 22:00 to MONDAY 06:00). The same start and end is the whole week.
create table on_call_slot (
    id         uuid         primary key,
    start_day  varchar(9)   not null check (start_day in ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    start_time time         not null,
    end_day    varchar(9)   not null check (end_day in ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    end_time   time         not null,
    primary_contact    varchar(254) not null,
    escalation_contact varchar(254) not null,
    created_at timestamptz  not null,
    created_by varchar(100) not null
);

-- Dated exceptions (holidays, swaps) override the weekly slots from start up to (not including) end, local times.
create table on_call_exception (
    id         uuid         primary key,
    starts_at  timestamp    not null,
    ends_at    timestamp    not null check (ends_at > starts_at),
    primary_contact    varchar(254) not null,
    escalation_contact varchar(254) not null,
    note       varchar(200),
    created_at timestamptz  not null,
    created_by varchar(100) not null
);

create index on_call_exception_ends_idx on on_call_exception (ends_at);
