package org.carepath.intake.system;

import org.carepath.support.openapi.ApiOperations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What intake's OpenAPI document cannot learn from the controllers (service-support's
 * ApiDocumentation adds the security schemes and the errors every operation shares): the
 * operations open without a token, matching SecurityConfiguration, the 201s, the FHIR
 * bodies, and the refusals particular to an operation.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	private static final String SUBMIT = "POST /api/intake/screenings";

	private static final String CONTACT = "POST /api/intake/screenings/{id}/contact";

	private static final String SLOTS = "POST /api/intake/on-call/slots";

	private static final String EXCEPTIONS = "POST /api/intake/on-call/exceptions";

	private static final String RATE_LIMITED = "`rate-limited`: too many anonymous requests from this client just"
			+ " now; `Retry-After` says when to try again. Nothing was stored.";

	@Bean
	ApiOperations intakeOperations() {
		return new ApiOperations().open("GET /api/intake/instruments", "GET /api/intake/instruments/{id}")
			.fhir("GET /api/intake/instruments/{id}",
					"The instrument as the FHIR R4 Questionnaire it is shipped as: wording, answer codes and points,"
							+ " skip rules, licence.",
					"application/json")
			.tokenOptional(SUBMIT, CONTACT)
			.created(SUBMIT, "Stored and scored; `Location` names the screening.")
			.response(SUBMIT, 200,
					"A retry with the same `Idempotency-Key` and body: the result the first request stored.")
			.response(SUBMIT, 400,
					"Invalid request: `validation` lists each invalid field in `errors`; `invalid-answers` each"
							+ " refused answer by `linkId`. Nothing was stored.")
			.response(SUBMIT, 401, "`mode: staff` without a valid token (any token sent must be valid).")
			.response(SUBMIT, 403, "`mode: staff` from someone without the staff role.")
			.response(SUBMIT, 422, "`idempotency-key-reused`: this `Idempotency-Key` was used for a different request.")
			.response(SUBMIT, 429, RATE_LIMITED)
			.created(CONTACT, "The contact details are stored with the self-check.")
			.response(CONTACT, 404,
					"No recent self-check has this id: contact details can be added within a day of the check.")
			.response(CONTACT, 409, "`contact-already-given`: this screening already has contact details.")
			.response(CONTACT, 429, RATE_LIMITED)
			.fhir("GET /api/intake/screenings/{id}/fhir",
					"The screening as a FHIR R4 Bundle (collection): QuestionnaireResponse, the total-score"
							+ " Observation and, for PHQ-9, item 9. Audited.")
			.response("POST /api/intake/screenings/{id}/status", 409,
					"`transition-not-allowed`, `open-crisis-alert`, or `conflict` (changed by someone else):"
							+ " `currentStatus` says where the screening is.")
			.response("POST /api/intake/screenings/{id}/amendments", 400,
					"Invalid request: `validation` lists each invalid field; `invalid-answers` each refused answer.")
			.response("POST /api/intake/screenings/{id}/amendments", 409,
					"`amendment-not-allowed` (the screening is finished), `instrument-version-unavailable`, or"
							+ " `conflict` (changed by someone else).")
			.response("POST /api/intake/alerts/{id}/acknowledge", 409,
					"`alert-already-acknowledged`: says by whom and when.")
			// The on-call roster
			// (docs/clinic-operations.md#on-call-roster-and-escalation).
			.created(SLOTS, "The slot is on the roster.")
			.response(SLOTS, 409, "`on-call-overlap`: shares time with the slot `conflictingId`. Nothing was stored.")
			.noContent("DELETE /api/intake/on-call/slots/{id}", "The slot is off the roster.")
			.created(EXCEPTIONS, "The exception is on the roster.")
			.noContent("DELETE /api/intake/on-call/exceptions/{id}", "The exception is off the roster.")
			.response(EXCEPTIONS, 409,
					"`on-call-overlap`: shares time with the exception `conflictingId`. Nothing was stored.")
			.response("GET /api/intake/stats", 400,
					"`validation`: `from` or `to` is not a date, the period is reversed or two years or longer.");
	}

}
