package org.carepath.referral.system;

import org.carepath.support.openapi.ApiOperations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What referral's OpenAPI document cannot learn from the controllers (service-support's
 * ApiDocumentation adds the security schemes and the errors every operation shares): the
 * 201 and 204, the FHIR body, and the refusals particular to an operation. Every
 * operation needs a token (SecurityConfiguration).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	private static final String REFER = "POST /api/referrals";

	private static final String REVOKE = "POST /api/referrals/{id}/consent/revoke";

	private static final String ANSWER = "POST /api/referrals/{id}/status";

	private static final String DISMISS = "POST /api/referrals/suggestions/{id}/dismiss";

	@Bean
	ApiOperations referralOperations() {
		return new ApiOperations()
			.created(REFER,
					"The referral is stored and its request to the program queued; `Location` names the referral.")
			.response(REFER, 200,
					"A retry with the same `Idempotency-Key` and body: the referral the first request made (nothing"
							+ " is sent twice).")
			.response(REFER, 422,
					"`consent-invalid` (a consent element does not allow this disclosure; such errors name the"
							+ " `element`), `referral-invalid`: every problem, one per field, or"
							+ " `idempotency-key-reused`: this `Idempotency-Key` came with a different request."
							+ " Nothing was stored or sent.")
			.fhir("GET /api/referrals/{id}/fhir",
					"The referral as a FHIR R4 Bundle (collection): ServiceRequest, Task and Consent, each with the"
							+ " Part 2 security labels. Audited.")
			.response(REVOKE, 409, "`consent-already-revoked`.")
			.response(REVOKE, 422,
					"`referral-invalid`: the revocation breaks a rule of its fields, one error per field. Nothing"
							+ " was changed.")
			.response(ANSWER, 409,
					"`transition-not-allowed`: `currentStatus` and `allowedTransitions` say what is possible.")
			.response(ANSWER, 422,
					"`referral-invalid`: the status change breaks a rule of its fields, one error per field."
							+ " Nothing was changed.")
			.noContent(DISMISS, "The suggestion is dismissed.")
			.response(DISMISS, 409, "`suggestion-closed`: it was already dismissed or referred.")
			.response("GET /api/referrals/stats", 400,
					"`validation`: `from` or `to` is not a date, the period is reversed or two years or longer.");
	}

}
