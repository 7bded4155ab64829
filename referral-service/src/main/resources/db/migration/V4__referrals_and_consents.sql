-- Referrals, their Part 2 consents (§2.31), the accounting of disclosures (§6), the audit trail and referral
-- suggestions from screening events.

-- One signed consent per referral. Its content is immutable (a trigger refuses changes); only revocation is
-- recorded on it later. A changed consent would be a new row with the next version.
create table consent (
    id                       uuid primary key,
    version                  integer      not null default 1,
    patient_name             varchar(200) not null,
    discloser                varchar(200) not null,
    information_description  text         not null,
    information_elements     text[]       not null,
    recipient_program_id     uuid         not null references program (id),
    recipient_name           varchar(200) not null,
    purpose                  varchar(60)  not null,
    revocation_statement     text         not null,
    expires_on               date,
    expiry_event             varchar(500),
    signed_by                varchar(200) not null,
    signer_role              varchar(40)  not null
        check (signer_role in ('patient', 'parent', 'guardian', 'authorized-representative')),
    typed_signature          varchar(200) not null,
    signature_method         varchar(40)  not null check (signature_method = 'typed-e-signature'),
    signed_on                date         not null,
    recorded_at              timestamptz  not null,
    recorded_by              varchar(100) not null,
    revoked_at               timestamptz,
    revoked_by               varchar(100),
    revocation_reason        varchar(500),
    revocation_requested_by  varchar(40),
    revocation_received_on   date,
    check (expires_on is not null or expiry_event is not null),
    check ((revoked_at is null) = (revoked_by is null))
);

create function consent_is_immutable() returns trigger language plpgsql as $$
begin
    if (new.id, new.version, new.patient_name, new.discloser, new.information_description,
            new.information_elements, new.recipient_program_id, new.recipient_name, new.purpose,
            new.revocation_statement, new.expires_on, new.expiry_event, new.signed_by, new.signer_role,
            new.typed_signature, new.signature_method, new.signed_on, new.recorded_at, new.recorded_by)
        is distinct from
        (old.id, old.version, old.patient_name, old.discloser, old.information_description,
            old.information_elements, old.recipient_program_id, old.recipient_name, old.purpose,
            old.revocation_statement, old.expires_on, old.expiry_event, old.signed_by, old.signer_role,
            old.typed_signature, old.signature_method, old.signed_on, old.recorded_at, old.recorded_by) then
        raise exception 'a signed consent cannot be changed; record a new version';
    end if;
    if old.revoked_at is not null and new.revoked_at is distinct from old.revoked_at then
        raise exception 'a revocation cannot be changed';
    end if;
    return new;
end $$;

create trigger consent_immutable before update on consent
    for each row execute function consent_is_immutable();

create table referral (
    id                    uuid primary key,
    screening_id          uuid         not null,
    screening_reference   varchar(20),
    program_id            uuid         not null references program (id),
    asam_edition          varchar(4)   not null,
    level_code            varchar(8)   not null,
    reason_category       varchar(40)  not null check (reason_category in
        ('substance-use', 'alcohol-use', 'co-occurring-mental-health', 'youth-substance-use')),
    patient_name          varchar(200) not null,
    patient_date_of_birth date,
    patient_phone         varchar(40),
    patient_email         varchar(254),
    preferred_contact     varchar(10)  check (preferred_contact in ('phone', 'email')),
    share_contact         boolean      not null,
    share_scores          boolean      not null,
    scores                jsonb        not null default '[]',
    consent_id            uuid         not null unique references consent (id),
    status                varchar(20)  not null check (status in
        ('requested', 'accepted', 'rejected', 'in-progress', 'completed', 'cancelled')),
    requested_by          varchar(100) not null,
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null
);

create index referral_program_idx on referral (program_id, created_at desc);
create index referral_status_idx on referral (status, updated_at desc);

create table referral_status_change (
    id              uuid primary key,
    referral_id     uuid         not null references referral (id),
    seq             integer      not null,
    status          varchar(20)  not null,
    previous_status varchar(20),
    changed_by      varchar(100) not null,
    changed_by_kind varchar(10)  not null check (changed_by_kind in ('clinic', 'partner')),
    changed_at      timestamptz  not null,
    effective_on    date,
    reason          varchar(500),
    unique (referral_id, seq)
);

-- The accounting of disclosures: one row per event sent to a partner. Kept six years (DOMAIN.md §6).
create table disclosure (
    id                   uuid primary key,
    referral_id          uuid         not null references referral (id),
    disclosed_at         timestamptz  not null,
    recipient_program_id uuid         not null references program (id),
    recipient_partner_id varchar(40)  not null,
    recipient_name       varchar(200) not null,
    elements             text[]       not null,
    data_description     varchar(500) not null,
    purpose              varchar(60)  not null,
    consent_id           uuid         not null references consent (id),
    consent_version      integer      not null,
    approved_by          varchar(100) not null,
    event_id             uuid         not null unique,
    event_type           varchar(80)  not null,
    payload              jsonb        not null
);

create index disclosure_referral_idx on disclosure (referral_id, disclosed_at);

create table audit_event (
    id          uuid primary key,
    at          timestamptz  not null,
    actor       varchar(100) not null,
    action      varchar(60)  not null,
    referral_id uuid references referral (id),
    reason      varchar(200) not null
);

create index audit_event_referral_idx on audit_event (referral_id, at);

-- A high-risk or crisis screening seen on intake.screenings.v1 becomes one suggestion; nothing is sent by it.
create table referral_suggestion (
    id                  uuid primary key,
    event_id            uuid         not null unique,
    screening_id        uuid         not null unique,
    screening_reference varchar(20),
    instrument          varchar(40)  not null,
    band                varchar(40),
    positive            boolean      not null,
    crisis              boolean      not null,
    completed_at        timestamptz,
    status              varchar(20)  not null default 'open' check (status in ('open', 'dismissed', 'referred')),
    created_at          timestamptz  not null,
    closed_at           timestamptz,
    closed_by           varchar(100),
    close_reason        varchar(200),
    referral_id         uuid references referral (id)
);

create index referral_suggestion_open_idx on referral_suggestion (created_at) where status = 'open';
