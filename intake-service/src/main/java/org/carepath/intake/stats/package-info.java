/**
 * The clinic's aggregate figures for the dashboard (docs/dashboard.md): counts and
 * durations computed in SQL over the screenings, their status history, the referral links
 * and the crisis alerts. Read-only; never an id, a name or an answer.
 */
@ApplicationModule(displayName = "Statistics", allowedDependencies = {})
package org.carepath.intake.stats;

import org.springframework.modulith.ApplicationModule;
