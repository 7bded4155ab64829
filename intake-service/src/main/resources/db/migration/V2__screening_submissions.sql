-- Submitted screenings: raw answers and derived scores (DOMAIN.md §2), contact details kept apart, crisis alerts
-- (§3) and the audit trail of every read and change of a screening (§6).
alter table screening
    add column answers            jsonb,
    add column score              integer,
    add column band               varchar(30),
    add column positive           boolean,
    add column next_step_code     varchar(30)
        check (next_step_code in ('reinforce', 'brief-intervention', 'assessment-referral', 'urgent-review')),
    add column interpretation     text,
    add column notes              jsonb,
    add column respondent_sex     varchar(10) check (respondent_sex in ('female', 'male')),
    add column respondent_age_band varchar(10),
    add column administered_by    varchar(100),
    add column started_at         timestamptz,
    add column idempotency_key    varchar(100) unique,
    add column request_hash       varchar(64),
    add constraint screening_staff_administered check (mode = 'self' or administered_by is not null),
    add constraint screening_idempotency_hash check (idempotency_key is null or request_hash is not null);

-- Personal data: only who may be contacted and how, never joined into the queue.
create table screening_contact (
    screening_id       uuid primary key references screening (id),
    name               varchar(200),
    phone              varchar(40),
    email              varchar(254),
    consent_to_contact boolean      not null default false,
    recorded_at        timestamptz  not null
);

create table crisis_alert (
    id              uuid primary key,
    screening_id    uuid         not null unique references screening (id),
    status          varchar(20)  not null default 'open' check (status in ('open', 'acknowledged')),
    raised_at       timestamptz  not null,
    acknowledged_by varchar(100),
    acknowledged_at timestamptz,
    check ((status = 'open') = (acknowledged_at is null)),
    check ((status = 'open') = (acknowledged_by is null))
);

create index crisis_alert_open_idx on crisis_alert (raised_at) where status = 'open';

create table audit_event (
    id           uuid primary key,
    at           timestamptz  not null,
    actor        varchar(100) not null,
    action       varchar(60)  not null,
    screening_id uuid references screening (id),
    reason       varchar(200) not null
);

create index audit_event_screening_idx on audit_event (screening_id, at);
