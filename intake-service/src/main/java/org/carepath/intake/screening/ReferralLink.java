package org.carepath.intake.screening;

import java.time.Instant;
import java.util.UUID;

/**
 * A referral made from a screening, as the referral service last reported it: its id (the
 * portal links to it), its status code and when it took that status.
 */
record ReferralLink(UUID id, String status, Instant updatedAt) {
}
