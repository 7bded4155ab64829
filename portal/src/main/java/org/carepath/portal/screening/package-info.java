/**
 * Staff work on screenings: the queue, crisis alerts, one screening and its status. Other
 * features may mark a screening referred ({@code ScreeningsClient}) and show intake's
 * codes in words ({@code @words}, {@code ScreeningWords}).
 */
@ApplicationModule(allowedDependencies = "system")
package org.carepath.portal.screening;

import org.springframework.modulith.ApplicationModule;
