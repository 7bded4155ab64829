/**
 * The on-call roster (docs/clinic-operations.md#on-call-roster-and-escalation): weekly
 * slots, dated exceptions and the clinic-wide escalation contact, in the clinic's time
 * zone. {@link org.carepath.intake.oncall.OnCallRoster#at} is what notifications use.
 */
@ApplicationModule(displayName = "On-call roster", allowedDependencies = {})
package org.carepath.intake.oncall;

import org.springframework.modulith.ApplicationModule;
