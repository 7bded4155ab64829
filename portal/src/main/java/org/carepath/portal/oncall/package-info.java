/**
 * The clinic's on-call roster for admins: who intake emails when a crisis alert opens
 * (weekly slots, dated exceptions, the clinic-wide escalation contact). Intake owns the
 * roster and its rules; these pages show it and pass changes on.
 */
@ApplicationModule(allowedDependencies = "system")
package org.carepath.portal.oncall;

import org.springframework.modulith.ApplicationModule;
