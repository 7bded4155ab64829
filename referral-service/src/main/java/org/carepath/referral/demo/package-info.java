/**
 * The dev-only demo-data import ({@code ./carepath up --demo-data}, docs/dev-stack.md):
 * referrals to the seeded programs dated in the past, with their consent, disclosure and
 * the partners' answers, in one transaction. Only with
 * {@code carepath.demo-data.enabled=true}, which the {@code prod} profile refuses.
 */
@ApplicationModule(displayName = "Demo data", allowedDependencies = {})
package org.carepath.referral.demo;

import org.springframework.modulith.ApplicationModule;
