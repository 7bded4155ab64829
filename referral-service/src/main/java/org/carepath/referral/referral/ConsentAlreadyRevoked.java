package org.carepath.referral.referral;

import java.util.UUID;

/** A revocation recorded twice: the first one already stopped every disclosure. */
class ConsentAlreadyRevoked extends RuntimeException {

	ConsentAlreadyRevoked(UUID referralId) {
		super("The consent of referral " + referralId + " was already revoked");
	}

}
