package org.carepath.intake.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One notification of a crisis alert as staff see it on the alert: to whom, why
 * ({@code on-call}, {@code escalation}, {@code escalation-again}), where it stands
 * ({@code pending}, {@code sent}, {@code failed}, {@code cancelled}) and its tries.
 */
public record NotificationView(@Nullable String recipient, String reason, String status, int attempts, Instant dueAt,
		@Nullable Instant sentAt, @Nullable String lastError) {
}
