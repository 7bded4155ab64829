package org.carepath.referral.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nothing reaches a partner unless this gate says so (42 CFR §2.31,
 * docs/part2-consent.md). Asked only through a {@link Disclosure}, which knows what it
 * carries:
 * <ul>
 * <li>{@link #check} when a consent is recorded: every §2.31 element present and
 * consistent with the referral it is for. Pure: no database, no clock.</li>
 * <li>{@link #decide} before anything is sent or shown again: the stored consent is
 * active (not revoked, not expired), names the recipient and covers every element to be
 * disclosed.</li>
 * </ul>
 * Rules chosen for the clinic: the only purpose is {@code treatment-referral}; the
 * information description must be specific (no "any and all" style general release) and
 * at least {@value #MIN_DESCRIPTION} characters, and must name in words every element the
 * consent covers ({@link DisclosureElement#mentionedIn}); the revocation statement must
 * mention revoking and that disclosures already made (or action already taken) are not
 * undone — {@link ConsentTerms#revocationStatement()} is the clinic's text; who may
 * disclose must be the clinic's configured name ({@code carepath.clinic.name}); a typed
 * signature must equal the signer's name, and a patient who signs must be the patient
 * named. Free text is at most as long as its column (V4), so a valid consent is always
 * stored; the unlimited texts (description, revocation statement) at most
 * {@value #MAX_LONG_TEXT} characters. Messages never repeat what was sent: it may be
 * health data.
 */
@NamedInterface("api")
@Component
public class ConsentGate {

	public static final Set<String> SIGNER_ROLES = Set.of("patient", "parent", "guardian", "authorized-representative");

	public static final String SIGNATURE_METHOD = "typed-e-signature";

	static final int MIN_DESCRIPTION = 20;

	/**
	 * The consent's name columns: patient, discloser, recipient, signer and typed
	 * signature.
	 */
	static final int MAX_NAME = 200;

	static final int MAX_EXPIRY_EVENT = 500;

	static final int MAX_LONG_TEXT = 2000;

	// General releases are not valid under §2.31(a)(3): the information must be described
	// specifically.
	private static final List<Pattern> GENERAL_RELEASE = List.of(Pattern.compile("\\bany\\s*(and|&|/|or)\\s*all\\b"),
			Pattern.compile(
					"\\ball\\s+(of\\s+)?(my|the|his|her|their)?\\s*(health\\s+|medical\\s+|treatment\\s+)?(records?|information|data)\\b"),
			Pattern.compile(
					"\\b(entire|complete|whole|full)\\s+(medical\\s+|health\\s+|treatment\\s+)?(record|records|file|chart)\\b"),
			Pattern.compile("\\bany\\s+(information|records?|data)\\b"), Pattern.compile("\\bwhatever\\b"));

	private static final Pattern MENTIONS_REVOKING = Pattern.compile("\\brevo(k|c)");

	private static final Pattern MENTIONS_WHAT_IS_NOT_UNDONE = Pattern
		.compile("\\b(already|prior|previously|before)\\b.*\\b(disclos\\w*|action|taken|shared|sent|released)\\b"
				+ "|\\b(disclos\\w*|action|taken|shared|sent|released)\\b.*\\b(already|prior|previously|before)\\b");

	private final Consents consents;

	private final Clock clock;

	ConsentGate(Consents consents, Clock clock) {
		this.consents = consents;
		this.clock = clock;
	}

	/**
	 * Checks a consent form against the referral it would allow. Returns every failing
	 * element, empty when valid.
	 * @param intent what the referral would disclose, to whom, for whom
	 * @param today the clinic's date
	 */
	static List<ConsentViolation> check(@Nullable ConsentForm form, Intent intent, LocalDate today) {
		List<ConsentViolation> violations = new ArrayList<>();
		if (form == null) {
			violations.add(new ConsentViolation("consent", "consent",
					"a signed consent is required before anything is disclosed"));
			return violations;
		}
		// 1. the patient's name
		if (blank(form.patientName())) {
			violations.add(violation("patient-name", "consent.patientName", "the patient's name is required"));
		}
		else if (tooLong(form.patientName(), MAX_NAME)) {
			violations.add(tooLong("patient-name", "consent.patientName", MAX_NAME));
		}
		else if (intent.patientName() != null && !sameName(form.patientName(), intent.patientName())) {
			violations.add(violation("patient-name", "consent.patientName",
					"must be the name of the patient referred (patient.name)"));
		}
		// 2. who may disclose: this clinic
		if (blank(form.discloser())) {
			violations.add(violation("discloser", "consent.discloser", "who may disclose (the clinic) is required"));
		}
		else if (tooLong(form.discloser(), MAX_NAME)) {
			violations.add(tooLong("discloser", "consent.discloser", MAX_NAME));
		}
		else if (!sameName(form.discloser(), intent.discloser())) {
			violations.add(violation("discloser", "consent.discloser", "must be " + intent.discloser()));
		}
		// 3. what information, specifically
		checkInformation(form.information(), intent, violations);
		// 4. the recipient
		checkRecipient(form.recipient(), intent, violations);
		// 5. the purpose
		if (blank(form.purpose())) {
			violations.add(violation("purpose", "consent.purpose", "the purpose of the disclosure is required"));
		}
		else if (Purpose.of(form.purpose()).isEmpty()) {
			violations.add(violation("purpose", "consent.purpose", "must be one of " + Purpose.codes()));
		}
		// 6. the right to revoke, and that revocation does not undo what was disclosed
		checkRevocationStatement(form.revocationStatement(), violations);
		// 7. expiry: a date or an event
		boolean hasEvent = !blank(form.expiryEvent());
		if (hasEvent && tooLong(form.expiryEvent(), MAX_EXPIRY_EVENT)) {
			violations.add(tooLong("expiry", "consent.expiryEvent", MAX_EXPIRY_EVENT));
		}
		if (form.expiresOn() == null && !hasEvent) {
			violations.add(violation("expiry", "consent.expiresOn", "an expiry date or an expiry event is required"));
		}
		else if (form.expiresOn() != null && form.expiresOn().isBefore(today)) {
			violations.add(violation("expiry", "consent.expiresOn", "the consent has expired"));
		}
		// 8. signature
		checkSignature(form.signature(), form.patientName(), violations);
		// 9. date signed
		if (form.signedOn() == null) {
			violations.add(violation("date-signed", "consent.signedOn", "the date signed is required"));
		}
		else if (form.signedOn().isAfter(today)) {
			violations.add(violation("date-signed", "consent.signedOn", "must not be in the future"));
		}
		else if (form.expiresOn() != null && form.signedOn().isAfter(form.expiresOn())) {
			violations.add(violation("date-signed", "consent.signedOn", "must not be after the expiry date"));
		}
		return violations;
	}

	/**
	 * Why the stored consent does not allow disclosing these elements to this program
	 * now; empty when it does.
	 */
	@Transactional(readOnly = true)
	List<String> decide(UUID consentId, UUID programId, Collection<DisclosureElement> elements, Instant now) {
		Optional<StoredConsent> found = this.consents.find(consentId);
		if (found.isEmpty()) {
			return List.of("no such consent");
		}
		StoredConsent consent = found.get();
		List<String> reasons = new ArrayList<>();
		if (consent.revoked()) {
			reasons.add("the consent was revoked");
		}
		if (consent.expiredOn(now.atZone(this.clock.getZone()).toLocalDate())) {
			reasons.add("the consent has expired");
		}
		if (Purpose.of(consent.purpose()).isEmpty()) {
			reasons.add("the consent does not cover this purpose");
		}
		if (!programId.equals(consent.recipientProgramId())) {
			reasons.add("the consent does not name this recipient");
		}
		List<String> uncovered = elements.stream()
			.map(DisclosureElement::id)
			.filter(element -> !consent.elements().contains(element))
			.toList();
		if (!uncovered.isEmpty()) {
			reasons.add("the consent does not cover " + String.join(", ", uncovered));
		}
		return reasons;
	}

	private static void checkInformation(ConsentForm.@Nullable Information information, Intent intent,
			List<ConsentViolation> violations) {
		if (information == null) {
			violations
				.add(violation("information", "consent.information", "what information may be disclosed is required"));
			return;
		}
		String description = information.description();
		if (blank(description)) {
			violations.add(violation("information", "consent.information.description",
					"a specific description of the information is required"));
		}
		else if (tooLong(description, MAX_LONG_TEXT)) {
			violations.add(tooLong("information", "consent.information.description", MAX_LONG_TEXT));
		}
		else if (isGeneralRelease(description)) {
			violations.add(violation("information", "consent.information.description",
					"a general release (\"any and all information\") is not valid; describe the information specifically"));
		}
		else if (description.strip().length() < MIN_DESCRIPTION) {
			violations.add(violation("information", "consent.information.description",
					"describe the information specifically (at least " + MIN_DESCRIPTION + " characters)"));
		}
		else if (!unmentioned(description, information.elements()).isEmpty()) {
			violations.add(violation("information", "consent.information.description",
					"must say in words everything the consent covers: not mentioned "
							+ unmentioned(description, information.elements())));
		}
		List<String> elements = (information.elements() != null) ? information.elements() : List.of();
		if (elements.stream().anyMatch(element -> element == null || DisclosureElement.of(element).isEmpty())) {
			violations.add(violation("information", "consent.information.elements",
					"every element must be one of " + DisclosureElement.ids()));
		}
		List<String> uncovered = intent.elements()
			.stream()
			.map(DisclosureElement::id)
			.filter(element -> !elements.contains(element))
			.toList();
		if (!uncovered.isEmpty()) {
			violations.add(violation("information", "consent.information.elements",
					"the consent must cover everything that is sent: missing " + uncovered));
		}
	}

	private static void checkRecipient(ConsentForm.@Nullable Recipient recipient, Intent intent,
			List<ConsentViolation> violations) {
		if (recipient == null) {
			violations.add(violation("recipient", "consent.recipient", "the recipient is required"));
			return;
		}
		if (recipient.programId() == null) {
			violations.add(violation("recipient", "consent.recipient.programId", "the recipient program is required"));
		}
		else if (intent.programId() != null && !recipient.programId().equals(intent.programId())) {
			violations.add(violation("recipient", "consent.recipient.programId",
					"the consent names another recipient than the program referred to"));
		}
		if (blank(recipient.name())) {
			violations.add(violation("recipient", "consent.recipient.name", "the recipient's name is required"));
		}
		else if (tooLong(recipient.name(), MAX_NAME)) {
			violations.add(tooLong("recipient", "consent.recipient.name", MAX_NAME));
		}
		else if (intent.programName() != null && !sameName(recipient.name(), intent.programName())) {
			violations
				.add(violation("recipient", "consent.recipient.name", "must be the name of the program referred to"));
		}
	}

	private static void checkRevocationStatement(@Nullable String statement, List<ConsentViolation> violations) {
		if (blank(statement)) {
			violations.add(violation("revocation", "consent.revocationStatement",
					"the statement of the right to revoke is required"));
			return;
		}
		if (tooLong(statement, MAX_LONG_TEXT)) {
			violations.add(tooLong("revocation", "consent.revocationStatement", MAX_LONG_TEXT));
			return;
		}
		String text = normalize(statement);
		if (!MENTIONS_REVOKING.matcher(text).find() || !MENTIONS_WHAT_IS_NOT_UNDONE.matcher(text).find()) {
			violations.add(violation("revocation", "consent.revocationStatement",
					"must state the right to revoke and that revocation does not undo disclosures already made"));
		}
	}

	private static void checkSignature(ConsentForm.@Nullable Signature signature, @Nullable String patientName,
			List<ConsentViolation> violations) {
		if (signature == null) {
			violations.add(violation("signature", "consent.signature", "the signature is required"));
			return;
		}
		boolean signedByValid = !blank(signature.signedBy()) && !tooLong(signature.signedBy(), MAX_NAME);
		if (blank(signature.signedBy())) {
			violations.add(violation("signature", "consent.signature.signedBy", "who signed is required"));
		}
		else if (!signedByValid) {
			violations.add(tooLong("signature", "consent.signature.signedBy", MAX_NAME));
		}
		if (blank(signature.signerRole())) {
			violations.add(violation("signature", "consent.signature.signerRole", "the signer's role is required"));
		}
		else if (!SIGNER_ROLES.contains(signature.signerRole())) {
			violations.add(violation("signature", "consent.signature.signerRole",
					"must be one of " + SIGNER_ROLES.stream().sorted().toList()));
		}
		else if ("patient".equals(signature.signerRole()) && signedByValid && !blank(patientName)
				&& !sameName(signature.signedBy(), patientName)) {
			violations.add(violation("signature", "consent.signature.signedBy",
					"a patient's signature must be in the patient's name"));
		}
		if (blank(signature.typedSignature())) {
			violations
				.add(violation("signature", "consent.signature.typedSignature", "the typed signature is required"));
		}
		else if (tooLong(signature.typedSignature(), MAX_NAME)) {
			violations.add(tooLong("signature", "consent.signature.typedSignature", MAX_NAME));
		}
		else if (signedByValid && !sameName(signature.typedSignature(), signature.signedBy())) {
			violations
				.add(violation("signature", "consent.signature.typedSignature", "must match the name of who signed"));
		}
		if (!SIGNATURE_METHOD.equals(signature.method())) {
			violations.add(violation("signature", "consent.signature.method", "must be " + SIGNATURE_METHOD));
		}
	}

	/**
	 * The consent's elements its description does not name: what the patient reads must
	 * cover everything the consent lets the clinic disclose (§2.31(a)(3)). Unknown ids
	 * are reported with the elements, not here.
	 */
	static List<String> unmentioned(String description, @Nullable List<String> elements) {
		String text = normalize(description);
		return (elements != null) ? elements.stream()
			.filter(Objects::nonNull)
			.distinct()
			.map(DisclosureElement::of)
			.flatMap(Optional::stream)
			.filter(element -> !element.mentionedIn(text))
			.map(DisclosureElement::id)
			.toList() : List.of();
	}

	static boolean isGeneralRelease(String description) {
		String text = normalize(description);
		return GENERAL_RELEASE.stream().anyMatch(pattern -> pattern.matcher(text).find());
	}

	/** Names compared without regard to case or spacing. */
	static boolean sameName(String a, String b) {
		return normalize(a).equals(normalize(b));
	}

	private static String normalize(String text) {
		return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	/** Longer than its column once stored (stored values are stripped). */
	private static boolean tooLong(String value, int max) {
		return value.strip().length() > max;
	}

	private static ConsentViolation tooLong(String element, String field, int max) {
		return violation(element, field, "at most " + max + " characters");
	}

	private static ConsentViolation violation(String element, String field, String message) {
		return new ConsentViolation(element, field, message);
	}

	/**
	 * What a referral would disclose: who discloses (the clinic's configured name), the
	 * patient named in it, the program it goes to, and the elements sent. Null values
	 * were themselves invalid in the request and are reported there.
	 */
	record Intent(String discloser, @Nullable String patientName, @Nullable UUID programId,
			@Nullable String programName, Collection<DisclosureElement> elements) {
	}

}
