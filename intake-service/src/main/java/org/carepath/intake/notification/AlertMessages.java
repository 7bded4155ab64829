package org.carepath.intake.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The text of a crisis-alert notification
 * (docs/clinic-operations.md#what-an-email-carries): the screening's reference code, when
 * the alert was raised (the clinic's time zone) and the link to the staff page, nothing
 * else. Email is not a safe channel for Part 2 data, so it never carries answers, scores,
 * instrument names, names or contact details: the details are behind the sign-in.
 */
@Component
class AlertMessages {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE, MMM d, yyyy, h:mm a zzzz",
			Locale.US);

	private final NotificationProperties properties;

	private final ZoneId zone;

	AlertMessages(NotificationProperties properties, @Value("${carepath.clinic.time-zone}") ZoneId zone) {
		this.properties = properties;
		this.zone = zone;
	}

	OutgoingMessage compose(String recipient, Reason reason, UUID screeningId, String reference, Instant raisedAt) {
		String link = this.properties.staffUrl() + "/staff/screenings/" + screeningId;
		String raised = TIME.format(raisedAt.atZone(this.zone));
		String subject = switch (reason) {
			case ON_CALL -> "CarePath crisis alert " + reference;
			case ESCALATION, ESCALATION_AGAIN -> "CarePath crisis alert " + reference + " is not acknowledged";
		};
		String why = switch (reason) {
			case ON_CALL -> "You are on call: a crisis alert needs a clinician.";
			case ESCALATION -> "You are the escalation contact: nobody has acknowledged this crisis alert yet.";
			case ESCALATION_AGAIN -> "You are the escalation contact: this crisis alert is still not acknowledged.";
		};
		String body = why + "\n\n" + "Reference: " + reference + "\n" + "Raised: " + raised + "\n"
				+ "Open it (sign-in required): " + link + "\n\n"
				+ "Acknowledge the alert on that page once someone is taking care of it; until then the escalation "
				+ "contact is notified.\n\n"
				+ "This email carries no health information on purpose: the details are behind the sign-in.\n";
		return new OutgoingMessage(recipient, subject, body);
	}

}
