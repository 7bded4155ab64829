-- Partner events are no longer sent by Spring Modulith's Kafka externalizer but by PartnerPublisher, which re-checks
-- the consent and either sends or marks the disclosure withheld in its own transaction. The publications still
-- outstanding belonged to the externalizer: hand them to the publisher's listeners, or they would never be sent.
-- The event types (class names) are unchanged.
update event_publication set listener_id = 'partner-publisher.referral-requested'
where event_type = 'org.carepath.referral.referral.ReferralRequested' and completion_date is null;
update event_publication set listener_id = 'partner-publisher.referral-cancelled'
where event_type = 'org.carepath.referral.referral.ReferralCancelled' and completion_date is null;
