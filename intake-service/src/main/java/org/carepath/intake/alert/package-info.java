/**
 * Crisis alerts (docs/clinical-rules.md): opened with a crisis screening, open until a
 * named staff member acknowledges them; each one notifies the person on call
 * (notification). {@link org.carepath.intake.alert.CrisisAlerts} is what screenings use.
 */
@ApplicationModule(displayName = "Crisis alerts", allowedDependencies = "notification")
package org.carepath.intake.alert;

import org.springframework.modulith.ApplicationModule;
