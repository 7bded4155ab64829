/**
 * Part 2 consents (docs/part2-consent.md): the signed consents, the consent gate and the
 * {@link org.carepath.referral.consent.Disclosure} through which alone it is asked, and
 * the clinic's consent texts. Depends on no other module; the types of its named
 * interface {@code api} are what referrals may use.
 */
@ApplicationModule(displayName = "Consent", allowedDependencies = {})
package org.carepath.referral.consent;

import org.springframework.modulith.ApplicationModule;
