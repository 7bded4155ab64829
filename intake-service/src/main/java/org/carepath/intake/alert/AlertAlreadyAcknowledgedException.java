package org.carepath.intake.alert;

import java.time.Instant;

/** Someone already took the crisis alert on: who, and when. */
class AlertAlreadyAcknowledgedException extends RuntimeException {

	private final String acknowledgedBy;

	private final Instant acknowledgedAt;

	AlertAlreadyAcknowledgedException(String acknowledgedBy, Instant acknowledgedAt) {
		super("Alert already acknowledged");
		this.acknowledgedBy = acknowledgedBy;
		this.acknowledgedAt = acknowledgedAt;
	}

	String acknowledgedBy() {
		return this.acknowledgedBy;
	}

	Instant acknowledgedAt() {
		return this.acknowledgedAt;
	}

}
