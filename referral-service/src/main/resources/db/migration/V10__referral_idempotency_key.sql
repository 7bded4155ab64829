-- A referral request may carry an Idempotency-Key (docs/architecture.md#running-several-instances): the key, a hash of the
-- request it came with and the referral it made. Sent again — the portal re-posting, the gateway retrying on another
-- instance after a crash — it answers with the same referral instead of disclosing to the partner twice.
create table referral_idempotency_key (
    idempotency_key varchar(100) primary key,
    request_hash    char(64)     not null,
    referral_id     uuid         not null references referral (id),
    received_at     timestamptz  not null
);
