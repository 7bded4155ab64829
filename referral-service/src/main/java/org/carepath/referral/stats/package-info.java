/**
 * The dashboard's referral figures (docs/dashboard.md#referrals): per program, counts and
 * durations computed in SQL over the referrals and their status history. Read-only; never
 * an id of a referral, a name or a reason.
 */
@ApplicationModule(displayName = "Statistics", allowedDependencies = {})
package org.carepath.referral.stats;

import org.springframework.modulith.ApplicationModule;
