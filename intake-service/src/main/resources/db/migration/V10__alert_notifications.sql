-- Notifications of crisis alerts (docs/clinic-operations.md#on-call-roster-and-escalation): one row per step (the
-- on-call person, the escalation, the second escalation), written with the alert in its transaction and sent by a
-- poller once due. The row is the durable queue: a crash or an SMTP outage delays a step, never loses it. It holds
-- what the message may carry and nothing more: the screening's id and reference code and when the alert was raised
-- (never answers, scores, instrument or the person's details).
create table alert_notification (
    id           uuid         primary key,
    alert_id     uuid         not null references crisis_alert (id),
    screening_id uuid         not null,
    reference    varchar(20)  not null,
    raised_at    timestamptz  not null,
    channel      varchar(20)  not null,
    recipient    varchar(254),
    reason       varchar(20)  not null check (reason in ('on-call', 'escalation', 'escalation-again')),
    status       varchar(20)  not null check (status in ('pending', 'sent', 'failed', 'cancelled')),
    attempts     integer      not null default 0,
    due_at       timestamptz  not null,
    sent_at      timestamptz,
    last_error   varchar(500),
    unique (alert_id, reason)
);

-- What the poller looks for: due, pending steps.
create index alert_notification_due_idx on alert_notification (due_at) where status = 'pending';
