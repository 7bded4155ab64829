/**
 * Notifications of crisis alerts
 * (docs/clinic-operations.md#on-call-roster-and-escalation): the on-call person and the
 * escalation steps, written with the alert and sent by a poller through a
 * {@link org.carepath.intake.notification.NotificationChannel} (email).
 * {@link org.carepath.intake.notification.AlertNotifications} is what alerts use.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = "oncall")
package org.carepath.intake.notification;

import org.springframework.modulith.ApplicationModule;
