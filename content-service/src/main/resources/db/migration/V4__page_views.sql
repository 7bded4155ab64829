-- Article page views and self-checks started from an article, per article and clinic day (docs/dashboard.md):
-- the portal counts them in memory where it serves the page and adds them here in batches. Counts only, no visitor.
-- (V3 is the Java migration that seeds the ketamine article.)
create table page_view (
    slug           varchar(120) not null,
    day            date         not null,
    views          bigint       not null default 0 check (views >= 0),
    checks_started bigint       not null default 0 check (checks_started >= 0),
    primary key (slug, day)
);

create index page_view_day_idx on page_view (day);

-- The portal's batches already added, by their Idempotency-Key: a batch sent again (its answer was lost) adds
-- nothing. Kept a day (PageViewCounts.BATCH_MEMORY).
create table page_view_batch (
    id          varchar(100) primary key,
    received_at timestamptz  not null
);

create index page_view_batch_received_idx on page_view_batch (received_at);
