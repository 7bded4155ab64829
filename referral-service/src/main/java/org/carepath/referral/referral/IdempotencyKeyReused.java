package org.carepath.referral.referral;

/** The Idempotency-Key came with another request before: it cannot name this one too. */
class IdempotencyKeyReused extends RuntimeException {

	IdempotencyKeyReused() {
		super("Idempotency-Key reused with another request");
	}

}
