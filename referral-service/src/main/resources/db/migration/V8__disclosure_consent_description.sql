-- The accounting of disclosures keeps, beside its own summary of the data sent, the description of the information
-- the patient signed, exactly as stored with the consent: a disclosure can be read against the very words it rests on
-- (docs/part2-consent.md#disclosure-log). Earlier entries take it from their consent.
alter table disclosure add column consent_description text;

update disclosure d set consent_description = c.information_description from consent c where c.id = d.consent_id;

alter table disclosure alter column consent_description set not null;
