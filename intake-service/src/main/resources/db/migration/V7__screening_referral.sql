-- The referrals made from a screening, as the referral service's lifecycle events (referrals.lifecycle.v1) report
-- them: one row per referral, its current status and when it took it. Opaque ids and a status code only.
create table screening_referral (
    referral_id  uuid        primary key,
    screening_id uuid        not null references screening (id),
    status       varchar(20) not null check (status in
        ('requested', 'accepted', 'rejected', 'in-progress', 'completed', 'cancelled')),
    updated_at   timestamptz not null
);

create index screening_referral_screening_idx on screening_referral (screening_id, updated_at desc);

-- Every event a consumer has handled, by CloudEvents source and id, written in the transaction of its effect: a
-- re-delivered event changes nothing (docs/events.md#consumers).
create table processed_event (
    source       varchar(100) not null,
    event_id     uuid         not null,
    processed_at timestamptz  not null,
    primary key (source, event_id)
);
