/**
 * Referrals: making one through the consent gate, the partner events and the disclosure
 * log, the partners' answers, revocation, and what staff and partners read.
 */
@ApplicationModule(displayName = "Referral", allowedDependencies = { "consent :: api", "program :: api", "suggestion" })
package org.carepath.referral.referral;

import org.springframework.modulith.ApplicationModule;
