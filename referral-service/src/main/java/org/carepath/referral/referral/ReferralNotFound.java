package org.carepath.referral.referral;

import java.util.UUID;

/**
 * No such referral — or none this partner may see, which must look the same so that ids
 * reveal nothing.
 */
class ReferralNotFound extends RuntimeException {

	ReferralNotFound(UUID id) {
		super("No referral " + id);
	}

}
