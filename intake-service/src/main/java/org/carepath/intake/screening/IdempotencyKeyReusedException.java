package org.carepath.intake.screening;

/** An Idempotency-Key that was already used for a different submission. */
class IdempotencyKeyReusedException extends RuntimeException {

	IdempotencyKeyReusedException() {
		super("Idempotency key reused for a different request");
	}

}
