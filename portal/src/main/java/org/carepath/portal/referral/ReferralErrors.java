package org.carepath.portal.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carepath.portal.system.ServiceProblem;
import org.jspecify.annotations.Nullable;

/**
 * What was wrong with a posted referral or revocation, keyed by the id of the field to fix, in the shape the shared
 * field fragments read ({@code has}, {@code of}, {@code describedBy}, {@code messages}). Built from the referral
 * service's 422 {@code errors}, whose names ({@code consent.signature.typedSignature}, {@code scores[0].band}) are
 * mapped to the form's ids; the labels number the consent elements as 42 CFR §2.31 does.
 */
record ReferralErrors(List<Message> messages) {

	static final String REFERRAL_FORM = "referral-form";

	static final String REVOKE_FORM = "revoke-form";

	/** API field (without any {@code [i]}) → form field id and the label the summary names it by. */
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

	ReferralErrors {
		messages = List.copyOf(messages);
	}

	static ReferralErrors none() {
		return new ReferralErrors(List.of());
	}

	static ReferralErrors of(String fieldId, String label, String text) {
		return new ReferralErrors(List.of(new Message(fieldId, label, text)));
	}

	ReferralErrors and(String fieldId, String label, String text) {
		List<Message> all = new ArrayList<>(this.messages);
		all.add(new Message(fieldId, label, text));
		return new ReferralErrors(all);
	}

	/**
	 * The service's refusal, field by field; what names no field of this form goes above it ({@code formId}). A
	 * problem without field errors shows its detail there.
	 */
	static ReferralErrors from(ServiceProblem problem, String formId) {
		List<Message> messages = new ArrayList<>();
		for (ServiceProblem.FieldProblem error : problem.errors()) {
			Field field = FIELDS.get(error.field().replaceAll("\\[\\d+]", ""));
			if (field == null && error.field().equals("consent")) {
				field = new Field(formId, "Consent");
			}
			messages.add((field != null) ? new Message(field.id(), field.label(), error.message())
					: new Message(formId, "", error.message()));
		}
		if (messages.isEmpty()) {
			messages.add(new Message(formId, "", (problem.detail() != null) ? problem.detail()
					: "The referral service did not accept this. Please check the form and try again."));
		}
		return new ReferralErrors(messages);
	}

	public boolean isEmpty() {
		return this.messages.isEmpty();
	}

	public boolean has(String fieldId) {
		return this.messages.stream().anyMatch(message -> message.fieldId().equals(fieldId));
	}

	public List<String> of(String fieldId) {
		return this.messages.stream().filter(message -> message.fieldId().equals(fieldId)).map(Message::text).toList();
	}

	/** The {@code aria-describedby} value: the field's hint (if any) and, when it has one, its error message. */
	public @Nullable String describedBy(String fieldId, @Nullable String hintId) {
		List<String> ids = new ArrayList<>();
		if (hintId != null) {
			ids.add(hintId);
		}
		if (has(fieldId)) {
			ids.add(fieldId + "-error");
		}
		return ids.isEmpty() ? null : String.join(" ", ids);
	}

	/** One problem; {@code label} prefixes it in the summary ("8. Typed signature: must match …"). */
	record Message(String fieldId, String label, String text) {

		public String summaryText() {
			return this.label.isEmpty() ? this.text : this.label + ": " + this.text;
		}

	}

	private record Field(String id, String label) {
	}

}
