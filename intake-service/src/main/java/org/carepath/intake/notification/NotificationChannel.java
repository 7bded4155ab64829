package org.carepath.intake.notification;

/**
 * A way to reach a person: email today; an SMS or paging provider can be another
 * implementation later. A channel sends one message or throws; retries, once-only and
 * recording belong to {@link NotificationSender}.
 */
interface NotificationChannel {

	/** Stored with each notification ({@code alert_notification.channel}). */
	String name();

	void send(OutgoingMessage message) throws Exception;

}
