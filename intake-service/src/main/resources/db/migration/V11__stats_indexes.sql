-- The dashboard's figures (docs/dashboard.md) read screenings by completion time and crisis alerts by the time they
-- were raised, over periods of weeks to two years: range scans instead of reading every row.
create index screening_completed_at_idx on screening (completed_at);
create index crisis_alert_raised_at_idx on crisis_alert (raised_at);
