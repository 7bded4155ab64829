/**
 * The dev-only demo-data import ({@code ./carepath up --demo-data}, docs/dev-stack.md):
 * screenings dated in the past, scored by the real scorer, with their status changes,
 * crisis alerts and referral links, in one transaction. Only with
 * {@code carepath.demo-data.enabled=true}, which the {@code prod} profile refuses.
 */
@ApplicationModule(displayName = "Demo data", allowedDependencies = { "instrument", "scoring" })
package org.carepath.intake.demo;

import org.springframework.modulith.ApplicationModule;
