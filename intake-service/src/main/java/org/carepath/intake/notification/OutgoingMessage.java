package org.carepath.intake.notification;

/** One message to one person, as a channel sends it. */
record OutgoingMessage(String recipient, String subject, String body) {
}
