package org.carepath.portal.referral;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carepath.portal.referral.ReferralApi.ConsentRequest;
import org.carepath.portal.referral.ReferralApi.ConsentTerms;
import org.carepath.portal.referral.ReferralApi.Information;
import org.carepath.portal.referral.ReferralApi.LevelRequest;
import org.carepath.portal.referral.ReferralApi.PatientRequest;
import org.carepath.portal.referral.ReferralApi.Program;
import org.carepath.portal.referral.ReferralApi.Recipient;
import org.carepath.portal.referral.ReferralApi.ReferralRequest;
import org.carepath.portal.referral.ReferralApi.Score;
import org.carepath.portal.referral.ReferralApi.Screening;
import org.carepath.portal.referral.ReferralApi.ShareRequest;
import org.carepath.portal.referral.ReferralApi.Signature;
import org.carepath.portal.system.FieldErrors;
import org.carepath.portal.system.FormKeys;
import org.jspecify.annotations.Nullable;

import static org.carepath.support.text.Text.blankToNull;

/**
 * The referral and consent form, bound from the posted fields. A JavaBean so Spring binds
 * the element checkboxes into a list, and so that what the clinician typed comes back
 * unchanged when the consent gate refuses it. The clinic's own parts of the consent (who
 * discloses, the purpose, the revocation statement, the signature method) are never taken
 * from the form: they are the referral service's {@link ConsentTerms}, passed in by the
 * controller.
 */
public class ReferralForm {

	private static final Map<String, String> REASON_BY_INSTRUMENT = Map.of("dast-10", "substance-use", "audit-c",
			"alcohol-use", "audit", "alcohol-use", "crafft-2.1", "youth-substance-use", "phq-9",
			"co-occurring-mental-health", "gad-7", "co-occurring-mental-health");

	private String screening = "";

	/**
	 * Generated with the form: posting it twice (or the client repeating the POST on
	 * another instance) makes one referral, and discloses once.
	 */
	private String idempotencyKey = FormKeys.newKey();

	private String level = "";

	private String population = "";

	private String program = "";

	private String reasonCategory = "";

	private String shareContact = "no";

	private String shareScores = "no";

	private String patientName = "";

	private String patientDateOfBirth = "";

	private String patientPhone = "";

	private String patientEmail = "";

	private String preferredContact = "";

	/** The description of the information as the patient reads and signs it. */
	private String informationDescription = "";

	/**
	 * The standard description the page last showed for the share choices (a hidden
	 * field): while the description equals it, the clinician has not changed it.
	 */
	private String prefilledDescription = "";

	private List<String> elements = new ArrayList<>();

	private String expiresOn = "";

	private String expiryEvent = "";

	private String signerRole = "patient";

	private String signedBy = "";

	private String typedSignature = "";

	private String signedOn = "";

	/**
	 * A new form for this screening and program: minimum necessary by default (nothing
	 * beyond level and reason shared until the clinician says so, so the terms are those
	 * for sharing nothing more), the contact the person left prefilled, signed today.
	 */
	static ReferralForm start(Screening screening, String level, String population, String programId, LocalDate today,
			ConsentTerms terms) {
		ReferralForm form = new ReferralForm();
		form.screening = screening.id();
		form.level = level;
		form.population = population;
		form.program = programId;
		form.reasonCategory = REASON_BY_INSTRUMENT.getOrDefault(screening.instrument(), "");
		if (screening.contact() != null) {
			form.patientName = text(screening.contact().name());
			form.patientPhone = text(screening.contact().phone());
			form.patientEmail = text(screening.contact().email());
			form.preferredContact = !form.patientPhone.isEmpty() ? "phone"
					: !form.patientEmail.isEmpty() ? "email" : "";
		}
		form.elements = new ArrayList<>(terms.alwaysSent());
		form.informationDescription = text(terms.description());
		form.prefilledDescription = form.informationDescription;
		form.signedOn = today.toString();
		return form;
	}

	/**
	 * Brings an unchanged standard description in line with the share choices
	 * ({@code terms} are those for the choices posted), so that the page shows the text
	 * that would be signed. Text the clinician changed is never touched. Returns whether
	 * the description changed: the patient has not read the new text yet.
	 */
	boolean followChoices(ConsentTerms terms) {
		String standard = terms.description();
		if (standard == null || !this.informationDescription.equals(this.prefilledDescription)
				|| standard.equals(this.informationDescription)) {
			return false;
		}
		this.informationDescription = standard;
		this.prefilledDescription = standard;
		return true;
	}

	boolean sharesContact() {
		return "yes".equals(this.shareContact);
	}

	boolean sharesScores() {
		return "yes".equals(this.shareScores);
	}

	/**
	 * What the portal checks before asking: dates it can read. The consent rules are the
	 * referral service's.
	 */
	FieldErrors check() {
		FieldErrors errors = FieldErrors.none();
		if (unreadable(this.patientDateOfBirth)) {
			errors = errors.and("patient-dob", "Date of birth", "Enter a date like 2008-04-30");
		}
		if (unreadable(this.expiresOn)) {
			errors = errors.and("expires-on", "7. Expiry", "Enter a date like 2027-04-30");
		}
		if (unreadable(this.signedOn)) {
			errors = errors.and("signed-on", "9. Date signed", "Enter a date like 2026-04-30");
		}
		return errors;
	}

	/**
	 * The referral with its consent, as the clinician and patient filled it in.
	 * @param terms the clinic's parts of the consent: who may disclose (§2.31 element 2),
	 * the purpose, the revocation statement — never posted fields
	 */
	ReferralRequest toRequest(Screening screening, Program recipient, ConsentTerms terms) {
		List<Score> scores = sharesScores() ? List.of(new Score(screening.instrument(), screening.version(),
				screening.score(), screening.band(), screening.completedAt())) : null;
		String name = blankToNull(this.patientName);
		return new ReferralRequest(screening.id(), screening.reference(), recipient.id(),
				new LevelRequest(ReferralWords.ASAM_EDITION, blankToNull(this.level)), blankToNull(this.reasonCategory),
				new PatientRequest(name, date(this.patientDateOfBirth), blankToNull(this.patientPhone),
						blankToNull(this.patientEmail), blankToNull(this.preferredContact)),
				new ShareRequest(sharesContact(), sharesScores()), scores, new ConsentRequest(name, terms.discloser(),
						// Exactly the text the page showed and the patient signed: never
						// trimmed or replaced (docs/part2-consent.md).
						new Information(this.informationDescription.isBlank() ? null : this.informationDescription,
								List.copyOf(this.elements)),
						new Recipient(recipient.id(), recipient.name()), terms.purposeCode(),
						terms.revocationStatement(), date(this.expiresOn), blankToNull(this.expiryEvent),
						new Signature(blankToNull(this.signedBy), blankToNull(this.signerRole),
								blankToNull(this.typedSignature), terms.signatureMethod()),
						date(this.signedOn)));
	}

	private static boolean unreadable(String date) {
		if (date.isBlank()) {
			return false;
		}
		try {
			LocalDate.parse(date.strip());
			return false;
		}
		catch (DateTimeParseException ex) {
			return true;
		}
	}

	private static @Nullable LocalDate date(String text) {
		return (text.isBlank() || unreadable(text)) ? null : LocalDate.parse(text.strip());
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

	public String getIdempotencyKey() {
		return this.idempotencyKey;
	}

	public void setIdempotencyKey(String idempotencyKey) {
		this.idempotencyKey = FormKeys.postedOrNew(idempotencyKey);
	}

	public String getScreening() {
		return this.screening;
	}

	public void setScreening(String screening) {
		this.screening = text(screening);
	}

	public String getLevel() {
		return this.level;
	}

	public void setLevel(String level) {
		this.level = text(level);
	}

	public String getPopulation() {
		return this.population;
	}

	public void setPopulation(String population) {
		this.population = text(population);
	}

	public String getProgram() {
		return this.program;
	}

	public void setProgram(String program) {
		this.program = text(program);
	}

	public String getReasonCategory() {
		return this.reasonCategory;
	}

	public void setReasonCategory(String reasonCategory) {
		this.reasonCategory = text(reasonCategory);
	}

	public String getShareContact() {
		return this.shareContact;
	}

	public void setShareContact(String shareContact) {
		this.shareContact = text(shareContact);
	}

	public String getShareScores() {
		return this.shareScores;
	}

	public void setShareScores(String shareScores) {
		this.shareScores = text(shareScores);
	}

	public String getPatientName() {
		return this.patientName;
	}

	public void setPatientName(String patientName) {
		this.patientName = text(patientName);
	}

	public String getPatientDateOfBirth() {
		return this.patientDateOfBirth;
	}

	public void setPatientDateOfBirth(String patientDateOfBirth) {
		this.patientDateOfBirth = text(patientDateOfBirth);
	}

	public String getPatientPhone() {
		return this.patientPhone;
	}

	public void setPatientPhone(String patientPhone) {
		this.patientPhone = text(patientPhone);
	}

	public String getPatientEmail() {
		return this.patientEmail;
	}

	public void setPatientEmail(String patientEmail) {
		this.patientEmail = text(patientEmail);
	}

	public String getPreferredContact() {
		return this.preferredContact;
	}

	public void setPreferredContact(String preferredContact) {
		this.preferredContact = text(preferredContact);
	}

	public String getInformationDescription() {
		return this.informationDescription;
	}

	public void setInformationDescription(String informationDescription) {
		this.informationDescription = text(informationDescription);
	}

	public String getPrefilledDescription() {
		return this.prefilledDescription;
	}

	public void setPrefilledDescription(String prefilledDescription) {
		this.prefilledDescription = text(prefilledDescription);
	}

	public List<String> getElements() {
		return this.elements;
	}

	public void setElements(@Nullable List<String> elements) {
		this.elements = (elements != null) ? new ArrayList<>(elements) : new ArrayList<>();
	}

	public String getExpiresOn() {
		return this.expiresOn;
	}

	public void setExpiresOn(String expiresOn) {
		this.expiresOn = text(expiresOn);
	}

	public String getExpiryEvent() {
		return this.expiryEvent;
	}

	public void setExpiryEvent(String expiryEvent) {
		this.expiryEvent = text(expiryEvent);
	}

	public String getSignerRole() {
		return this.signerRole;
	}

	public void setSignerRole(String signerRole) {
		this.signerRole = text(signerRole);
	}

	public String getSignedBy() {
		return this.signedBy;
	}

	public void setSignedBy(String signedBy) {
		this.signedBy = text(signedBy);
	}

	public String getTypedSignature() {
		return this.typedSignature;
	}

	public void setTypedSignature(String typedSignature) {
		this.typedSignature = text(typedSignature);
	}

	public String getSignedOn() {
		return this.signedOn;
	}

	public void setSignedOn(String signedOn) {
		this.signedOn = text(signedOn);
	}

}
