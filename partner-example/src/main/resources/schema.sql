-- The referrals CarePath sent us. Contact and scores are kept exactly as received (JSON) and deleted when the
-- patient revokes consent.
create table if not exists referral (
    id uuid primary key,
    status varchar not null,
    level_of_care_edition varchar,
    level_of_care_code varchar,
    level_of_care_name varchar,
    reason_category varchar,
    consent_reference varchar,
    consent_expires_on date,
    consent_expiry_event varchar,
    contact clob,
    scores clob,
    requested_at timestamp with time zone,
    received_at timestamp with time zone not null,
    answered_at timestamp with time zone,
    cancelled_at timestamp with time zone
);

-- Events already handled, by CloudEvents identity (source + id): a redelivered event finds its row and is ignored.
create table if not exists processed_event (
    source varchar not null,
    id varchar not null,
    type varchar not null,
    processed_at timestamp with time zone not null,
    primary key (source, id)
);
