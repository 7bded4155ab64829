package org.carepath.referral.referral;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A referral's lifecycle, the FHIR Task states (DOMAIN.md §7): requested → accepted |
 * rejected, accepted → in-progress → completed; cancelled when consent is revoked.
 * Rejected, completed and cancelled are final.
 */
enum ReferralStatus {

	REQUESTED("requested"), ACCEPTED("accepted"), REJECTED("rejected"), IN_PROGRESS("in-progress"),
	COMPLETED("completed"), CANCELLED("cancelled");

	/**
	 * What a partner may answer from each state. Cancelling is the clinic's (a
	 * revocation), never a partner's.
	 */
	private static final Map<ReferralStatus, List<ReferralStatus>> PARTNER_TRANSITIONS = Map.of(REQUESTED,
			List.of(ACCEPTED, REJECTED), ACCEPTED, List.of(IN_PROGRESS), IN_PROGRESS, List.of(COMPLETED));

	private final String code;

	ReferralStatus(String code) {
		this.code = code;
	}

	String code() {
		return this.code;
	}

	boolean isFinal() {
		return this == REJECTED || this == COMPLETED || this == CANCELLED;
	}

	List<ReferralStatus> partnerTransitions() {
		return PARTNER_TRANSITIONS.getOrDefault(this, List.of());
	}

	static Optional<ReferralStatus> of(String code) {
		return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
	}

	static List<String> codes() {
		return Arrays.stream(values()).map(ReferralStatus::code).toList();
	}

}
