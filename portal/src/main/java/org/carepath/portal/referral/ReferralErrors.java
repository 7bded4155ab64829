package org.carepath.portal.referral;

import java.util.Map;

import org.carepath.portal.system.FieldErrors;
import org.carepath.portal.system.FieldErrors.Field;
import org.carepath.portal.system.ServiceProblem;

/**
 * Where the referral service's 422 {@code errors} belong on the referral and revocation
 * forms: its names ({@code consent.signature.typedSignature}, {@code scores[0].band})
 * mapped to the forms' ids, labelled with the numbers 42 CFR §2.31 gives the consent
 * elements.
 */
final class ReferralErrors {

	static final String REFERRAL_FORM = "referral-form";

	static final String REVOKE_FORM = "revoke-form";

	/**
	 * API field (without any {@code [i]}) → form field id and the label the summary names
	 * it by.
	 */
	private static final Map<String, Field> FIELDS = Map.ofEntries(
			Map.entry("programId", new Field("program", "Program")),
			Map.entry("levelOfCare", new Field("program", "Level of care")),
			Map.entry("reasonCategory", new Field("reason-category", "Reason for the referral")),
			Map.entry("patient", new Field("patient-name", "Patient's name")),
			Map.entry("patient.name", new Field("patient-name", "Patient's name")),
			Map.entry("patient.dateOfBirth", new Field("patient-dob", "Date of birth")),
			Map.entry("patient.phone", new Field("patient-phone", "Phone")),
			Map.entry("patient.email", new Field("patient-email", "Email")),
			Map.entry("patient.preferredContact", new Field("preferred-contact", "Preferred contact")),
			Map.entry("share", new Field("share-contact", "What may be shared")),
			Map.entry("scores", new Field("share-scores", "Screening result")),
			Map.entry("consent.patientName", new Field("patient-name", "1. Patient's name")),
			Map.entry("consent.discloser", new Field("discloser", "2. Who may disclose")),
			Map.entry("consent.information", new Field("information-description", "3. What information")),
			Map.entry("consent.information.description", new Field("information-description", "3. What information")),
			Map.entry("consent.information.elements", new Field("information-elements", "3. What information")),
			Map.entry("consent.recipient", new Field("recipient", "4. Recipient")),
			Map.entry("consent.recipient.programId", new Field("recipient", "4. Recipient")),
			Map.entry("consent.recipient.name", new Field("recipient", "4. Recipient")),
			Map.entry("consent.purpose", new Field("purpose", "5. Purpose")),
			Map.entry("consent.revocationStatement", new Field("revocation", "6. Right to revoke")),
			Map.entry("consent.expiresOn", new Field("expires-on", "7. Expiry")),
			Map.entry("consent.expiryEvent", new Field("expiry-event", "7. Expiry")),
			Map.entry("consent.signature", new Field("signed-by", "8. Signature")),
			Map.entry("consent.signature.signedBy", new Field("signed-by", "8. Who signed")),
			Map.entry("consent.signature.signerRole", new Field("signer-role", "8. Signed as")),
			Map.entry("consent.signature.typedSignature", new Field("typed-signature", "8. Typed signature")),
			Map.entry("consent.signature.method", new Field("typed-signature", "8. Typed signature")),
			Map.entry("consent.signedOn", new Field("signed-on", "9. Date signed")),
			Map.entry("reason", new Field("revoke-reason", "Reason")),
			Map.entry("requestedBy", new Field("revoke-requested-by", "Requested by")),
			Map.entry("receivedOn", new Field("revoke-received-on", "Received on")));

	private ReferralErrors() {
	}

	/**
	 * The service's refusal, field by field; what names no field of this form goes above
	 * it ({@code formId}). A problem without field errors shows its detail there.
	 */
	static FieldErrors from(ServiceProblem problem, String formId) {
		return FieldErrors.from(problem, formId, apiField -> {
			Field field = FIELDS.get(apiField.replaceAll("\\[\\d+]", ""));
			return (field == null && apiField.equals("consent")) ? new Field(formId, "Consent") : field;
		}, "The referral service did not accept this. Please check the form and try again.");
	}

}
