-- The dashboard's figures (docs/dashboard.md) take the referrals made in a period: a range scan on created_at rather
-- than every program's referrals. The status history is read by referral_id through its (referral_id, seq) key.
create index referral_created_at_idx on referral (created_at);
