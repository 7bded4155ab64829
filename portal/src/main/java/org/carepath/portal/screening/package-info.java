/**
 * Staff work on screenings: the queue, crisis alerts, one screening and its status, and
 * the referrals intake has linked to it. Other features may show intake's codes in words
 * ({@code @words}, {@code ScreeningWords}).
 */
@ApplicationModule(allowedDependencies = "system")
package org.carepath.portal.screening;

import org.springframework.modulith.ApplicationModule;
