-- Staff workflow (DOMAIN.md §1, §3): status with its history and the brief-intervention note, amendments that
-- keep every earlier revision, who was alerted of a crisis and who saw it.

-- version: optimistic lock, so two staff members' changes never overwrite each other silently.
-- revision: 1 for the screening as submitted, +1 per amendment.
alter table screening
    add column version  bigint  not null default 0,
    add column revision integer not null default 1,
    add constraint screening_status
        check (status in ('new', 'in-review', 'brief-intervention-done', 'referred', 'closed'));

-- Every status change. The note of in-review -> brief-intervention-done is the brief-intervention note.
create table status_change (
    id           uuid primary key,
    screening_id uuid         not null references screening (id),
    from_status  varchar(30)  not null,
    to_status    varchar(30)  not null,
    changed_by   varchar(100) not null,
    changed_at   timestamptz  not null,
    note         text check (char_length(note) <= 4000)
);

create index status_change_screening_idx on status_change (screening_id, changed_at);

-- A revision as it was before an amendment replaced it, with who amended it, when and why. Rows are only ever added.
create table screening_revision (
    screening_id   uuid          not null references screening (id),
    revision       integer       not null,
    answers        jsonb         not null,
    score          integer,
    band           varchar(30),
    positive       boolean,
    crisis         boolean       not null,
    next_step_code varchar(30),
    interpretation text,
    notes          jsonb,
    amended_by     varchar(100)  not null,
    amended_at     timestamptz   not null,
    reason         varchar(1000) not null,
    primary key (screening_id, revision)
);

-- Where a crisis alert was sent. An amendment can make a screening a crisis again after its first alert was
-- acknowledged, so a screening may have several alerts over time, but never two open at once.
alter table crisis_alert
    add column alerted_to varchar(40) not null default 'staff',
    drop constraint crisis_alert_screening_id_key;

create index crisis_alert_screening_idx on crisis_alert (screening_id, raised_at);
create unique index crisis_alert_one_open_idx on crisis_alert (screening_id) where status = 'open';

-- The first time each staff member saw an open alert (in the alert list or the screening's detail).
create table alert_view (
    alert_id      uuid         not null references crisis_alert (id),
    seen_by       varchar(100) not null,
    first_seen_at timestamptz  not null,
    primary key (alert_id, seen_by)
);
