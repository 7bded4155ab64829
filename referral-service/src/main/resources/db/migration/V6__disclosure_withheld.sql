-- A disclosure is logged when the referral is made; the event leaves later (after commit, or after a broker outage).
-- When the consent gate refuses it at send time (revoked or expired meanwhile), the log must say that nothing was
-- disclosed after all.
alter table disclosure add column withheld_at timestamptz;
