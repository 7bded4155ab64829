package org.carepath.referral.referral;

/** A partner's answer the referral's lifecycle does not allow from where it is. */
class TransitionNotAllowed extends RuntimeException {

	private final ReferralStatus from;

	private final ReferralStatus to;

	TransitionNotAllowed(ReferralStatus from, ReferralStatus to) {
		super("A referral that is " + from.code() + " cannot become " + to.code());
		this.from = from;
		this.to = to;
	}

	ReferralStatus from() {
		return this.from;
	}

	ReferralStatus to() {
		return this.to;
	}

}
