package org.carepath.portal.referral;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.carepath.portal.referral.ReferralApi.ConsentTerms;
import org.carepath.portal.system.FieldErrors;
import org.carepath.portal.system.FieldErrors.Field;
import org.carepath.portal.system.ServiceProblem;
import org.jspecify.annotations.Nullable;

/**
 * Where the referral service's 422 {@code errors} belong on the referral and revocation
 * forms, in plain words: its names ({@code consent.signature.typedSignature},
 * {@code scores[0].band}) mapped to the forms' ids, labelled with the numbers 42 CFR
 * §2.31 gives the consent elements. The service's messages are written for any client and
 * may list codes ({@code [identity-and-contact]}) or field paths; a clinician and patient
 * read sentences instead: a choice left out says "Choose …", data elements are named by
 * the words the patient consented to, and no code or path is shown. What the service says
 * about the request as a whole ("Nothing was stored or sent") heads the list.
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

	/**
	 * A choice (or date) the form asks for: when the service says it is missing or not
	 * one of its codes, the clinician is asked for it, not told its codes or its own
	 * label.
	 */
	private static final Map<String, String> CHOICES = Map.of("levelOfCare", "Choose a level of care", "reasonCategory",
			"Choose the reason for the referral", "consent.signature.signerRole",
			"Choose who is signing: the patient, a parent, a legal guardian or an authorised representative",
			"requestedBy",
			"Choose who asked to revoke: the patient, a parent, a legal guardian or an authorised representative",
			"consent.signedOn", "Enter the date the consent was signed");

	/** A list of codes, as the service's messages quote them: {@code [a, b]}. */
	private static final Pattern CODES = Pattern.compile("\\[([a-z0-9., -]*)]");

	/** A field path in brackets, as in "(patient.name)". */
	private static final Pattern PATH = Pattern.compile("\\s*\\((?:[a-zA-Z]+\\.)+[a-zA-Z]+\\)");

	private ReferralErrors() {
	}

	/**
	 * {@link #from(ServiceProblem, String, ConsentTerms)} for a form without elements.
	 */
	static FieldErrors from(ServiceProblem problem, String formId) {
		return from(problem, formId, null);
	}

	/**
	 * The service's refusal, field by field in plain words, after what it says of the
	 * request as a whole; what names no field of this form goes above it
	 * ({@code formId}). A problem without field errors shows its detail there.
	 * @param terms the consent terms the form shows: the words for data elements
	 */
	static FieldErrors from(ServiceProblem problem, String formId, @Nullable ConsentTerms terms) {
		List<FieldErrors.Message> messages = new ArrayList<>();
		if (!problem.errors().isEmpty() && problem.detail() != null) {
			messages.add(new FieldErrors.Message(formId, "", problem.detail()));
		}
		for (ServiceProblem.FieldProblem error : problem.errors()) {
			String apiField = error.field().replaceAll("\\[\\d+]", "");
			Field field = FIELDS.get(apiField);
			String text = plain(apiField, error.message(), terms);
			messages.add((field != null) ? new FieldErrors.Message(field.id(), field.label(), text)
					: new FieldErrors.Message(formId, apiField.equals("consent") ? "Consent" : "", text));
		}
		if (messages.isEmpty()) {
			return FieldErrors.of(formId, "", (problem.detail() != null) ? problem.detail()
					: "The referral service did not accept this. Please check the form and try again.");
		}
		return new FieldErrors(messages);
	}

	/** The service's message as a sentence for the form: no codes, no field paths. */
	static String plain(String apiField, String message, @Nullable ConsentTerms terms) {
		String choice = CHOICES.get(apiField);
		if (choice != null && (CODES.matcher(message).find() || message.endsWith("required")
				|| message.startsWith("not an ASAM level"))) {
			return choice;
		}
		if (apiField.equals("consent.information.elements") && message.contains("missing")) {
			return "Tick everything the program will be sent. Not ticked: " + words(message, terms);
		}
		if (apiField.equals("consent.information.description") && message.contains("not mentioned")) {
			return "The description must say in words everything the patient agrees to share: it does not mention "
					+ words(message, terms);
		}
		if (apiField.equals("consent.information.elements") && CODES.matcher(message).find()) {
			return "Tick only the kinds of information listed";
		}
		String text = PATH.matcher(message).replaceAll("");
		Matcher codes = CODES.matcher(text);
		// Any other list of codes is left out rather than shown as codes.
		return codes.find() ? text.substring(0, codes.start()).strip().replaceAll("[:,]$", "") : text;
	}

	/** The data elements a message lists, in the words the form shows them. */
	private static String words(String message, @Nullable ConsentTerms terms) {
		Matcher codes = CODES.matcher(message);
		if (!codes.find()) {
			return "some of what is shared";
		}
		return Arrays.stream(codes.group(1).split(",\\s*"))
			.filter(code -> !code.isBlank())
			.map(code -> (terms != null) ? "\u201C" + terms.element(code) + "\u201D" : code.replace('-', ' '))
			.collect(Collectors.joining(" and "));
	}

}
