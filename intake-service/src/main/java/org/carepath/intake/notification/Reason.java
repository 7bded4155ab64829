package org.carepath.intake.notification;

/** Why a person is notified of a crisis alert. */
enum Reason {

	/** The person on call when the alert was raised. */
	ON_CALL("on-call"),
	/** Nobody acknowledged within {@code escalate-after}. */
	ESCALATION("escalation"),
	/** Still nobody, {@code escalate-again-after} later. */
	ESCALATION_AGAIN("escalation-again");

	private final String code;

	Reason(String code) {
		this.code = code;
	}

	String code() {
		return this.code;
	}

	static Reason of(String code) {
		for (Reason reason : values()) {
			if (reason.code.equals(code)) {
				return reason;
			}
		}
		throw new IllegalArgumentException("Unknown reason " + code);
	}

}
