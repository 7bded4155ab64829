package org.carepath.referral.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The §2.31 elements, one by one, without a database. */
class ConsentGateTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	static final UUID HARBOR = UUID.fromString("6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a01");

	static final String CLINIC = "CarePath Counseling Clinic";

	static final ConsentGate.Intent INTENT = new ConsentGate.Intent(CLINIC, "Alex Rivera", HARBOR,
			"Harbor Youth & Family Outpatient", Disclosure.of(true, false).elements());

	static ConsentForm valid() {
		return new ConsentForm("Alex Rivera", CLINIC,
				new ConsentForm.Information(
						"My name, phone and email, the level of care chosen and the reason category",
						List.of("identity-and-contact", "level-of-care", "reason-category")),
				new ConsentForm.Recipient(HARBOR, "Harbor Youth & Family Outpatient"), "treatment-referral",
				ConsentTerms.revocationStatement(CLINIC), TODAY.plusMonths(6), null,
				new ConsentForm.Signature("Alex Rivera", "patient", "alex  RIVERA", "typed-e-signature"), TODAY);
	}

	static List<String> elements(ConsentForm form) {
		return ConsentGate.check(form, INTENT, TODAY).stream().map(ConsentViolation::element).toList();
	}

	@Test
	void aCompleteConsentForThisProgramPasses() {
		assertThat(ConsentGate.check(valid(), INTENT, TODAY)).isEmpty();
	}

	@Test
	void noConsentAtAllIsRefused() {
		assertThat(ConsentGate.check(null, INTENT, TODAY)).extracting(ConsentViolation::element)
			.containsExactly("consent");
	}

	@Test
	void everyMissingElementIsNamed() {
		ConsentForm empty = new ConsentForm(null, null, null, null, null, null, null, null, null, null);
		assertThat(elements(empty)).containsExactlyInAnyOrder("patient-name", "discloser", "information", "recipient",
				"purpose", "revocation", "expiry", "signature", "date-signed");
	}

	@Test
	void thePatientNamedMustBeThePatientReferred() {
		ConsentForm form = valid();
		ConsentForm other = new ConsentForm("Jordan Rivera", form.discloser(), form.information(), form.recipient(),
				form.purpose(), form.revocationStatement(), form.expiresOn(), null,
				new ConsentForm.Signature("Jordan Rivera", "patient", "Jordan Rivera", "typed-e-signature"),
				form.signedOn());
		assertThat(elements(other)).containsExactly("patient-name");
	}

	@Test
	void aConsentNamingAnotherProgramIsTheWrongRecipient() {
		ConsentForm form = valid();
		ConsentForm wrong = new ConsentForm(form.patientName(), form.discloser(), form.information(),
				new ConsentForm.Recipient(UUID.fromString("6f1c1c52-8a4e-4d61-9a53-0b6f2f0c0a02"),
						"Harbor Youth & Family Outpatient"),
				form.purpose(), form.revocationStatement(), form.expiresOn(), null, form.signature(), form.signedOn());
		assertThat(ConsentGate.check(wrong, INTENT, TODAY)).singleElement()
			.satisfies(violation -> assertThat(violation.element()).isEqualTo("recipient"))
			.satisfies(violation -> assertThat(violation.field()).isEqualTo("consent.recipient.programId"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Any and all information in my records", "All of my records from the clinic",
			"My entire medical record at the clinic", "any information the clinic holds about me" })
	void aGeneralReleaseIsNotASpecificDescription(String description) {
		ConsentForm form = valid();
		ConsentForm general = new ConsentForm(form.patientName(), form.discloser(),
				new ConsentForm.Information(description, form.information().elements()), form.recipient(),
				form.purpose(), form.revocationStatement(), form.expiresOn(), null, form.signature(), form.signedOn());
		assertThat(elements(general)).containsExactly("information");
	}

	@Test
	void theElementsMustCoverEverythingSent() {
		ConsentForm form = valid();
		ConsentForm narrow = new ConsentForm(form.patientName(), form.discloser(),
				new ConsentForm.Information(form.information().description(),
						List.of("level-of-care", "reason-category")),
				form.recipient(), form.purpose(), form.revocationStatement(), form.expiresOn(), null, form.signature(),
				form.signedOn());
		assertThat(ConsentGate.check(narrow, INTENT, TODAY)).singleElement()
			.satisfies(violation -> assertThat(violation.message()).contains("identity-and-contact"));
	}

	@Test
	void theDescriptionMustNameInWordsEveryElementTheConsentCovers() {
		ConsentForm form = valid();
		ConsentForm silentOnScores = new ConsentForm(form.patientName(), form.discloser(),
				new ConsentForm.Information(form.information().description(),
						List.of("identity-and-contact", "level-of-care", "reason-category", "screening-scores")),
				form.recipient(), form.purpose(), form.revocationStatement(), form.expiresOn(), null, form.signature(),
				form.signedOn());
		assertThat(ConsentGate.check(silentOnScores, INTENT, TODAY)).singleElement()
			.satisfies(violation -> assertThat(violation.element()).isEqualTo("information"))
			.satisfies(violation -> assertThat(violation.field()).isEqualTo("consent.information.description"))
			.satisfies(violation -> assertThat(violation.message()).endsWith("[screening-scores]"));
		ConsentForm inOtherWords = new ConsentForm(form.patientName(), form.discloser(),
				new ConsentForm.Information(
						"Why I am referred, my ASAM care level, my telephone number and my DAST-10 score",
						silentOnScores.information().elements()),
				form.recipient(), form.purpose(), form.revocationStatement(), form.expiresOn(), null, form.signature(),
				form.signedOn());
		assertThat(ConsentGate.check(inOtherWords, INTENT, TODAY)).isEmpty();
	}

	@Test
	void theStandardDescriptionOfEveryShareChoiceNamesEverythingItCovers() {
		for (boolean contact : List.of(false, true)) {
			for (boolean scores : List.of(false, true)) {
				Disclosure disclosure = Disclosure.of(contact, scores);
				List<String> elements = disclosure.loggedElements();
				assertThat(ConsentGate.unmentioned(disclosure.standardDescription(), elements))
					.as("contact %s, scores %s", contact, scores)
					.isEmpty();
			}
		}
	}

	@Test
	void anExpiredConsentIsRefusedAndOneExpiringTodayIsNot() {
		ConsentForm form = valid();
		ConsentForm expired = new ConsentForm(form.patientName(), form.discloser(), form.information(),
				form.recipient(), form.purpose(), form.revocationStatement(), TODAY.minusDays(1), null,
				form.signature(), TODAY.minusDays(2));
		assertThat(elements(expired)).containsExactly("expiry");
		ConsentForm lastDay = new ConsentForm(form.patientName(), form.discloser(), form.information(),
				form.recipient(), form.purpose(), form.revocationStatement(), TODAY, null, form.signature(), TODAY);
		assertThat(elements(lastDay)).isEmpty();
	}

	@Test
	void anExpiryEventIsEnoughWithoutADate() {
		ConsentForm form = valid();
		ConsentForm event = new ConsentForm(form.patientName(), form.discloser(), form.information(), form.recipient(),
				form.purpose(), form.revocationStatement(), null, "when the referral is completed or closed",
				form.signature(), form.signedOn());
		assertThat(elements(event)).isEmpty();
	}

	@Test
	void aRevocationStatementMustSayThatPastDisclosuresAreNotUndone() {
		ConsentForm form = valid();
		ConsentForm silent = new ConsentForm(form.patientName(), form.discloser(), form.information(), form.recipient(),
				form.purpose(), "You can revoke this consent at any time.", form.expiresOn(), null, form.signature(),
				form.signedOn());
		assertThat(elements(silent)).containsExactly("revocation");
	}

	@Test
	void onlyTheTreatmentReferralPurposeIsAllowed() {
		ConsentForm form = valid();
		ConsentForm marketing = new ConsentForm(form.patientName(), form.discloser(), form.information(),
				form.recipient(), "marketing", form.revocationStatement(), form.expiresOn(), null, form.signature(),
				form.signedOn());
		assertThat(elements(marketing)).containsExactly("purpose");
	}

	@Test
	void theTypedSignatureMustMatchTheSignerAndAParentMaySignForAMinor() {
		ConsentForm form = valid();
		ConsentForm mismatch = new ConsentForm(form.patientName(), form.discloser(), form.information(),
				form.recipient(), form.purpose(), form.revocationStatement(), form.expiresOn(), null,
				new ConsentForm.Signature("Maria Rivera", "parent", "M. R.", "typed-e-signature"), form.signedOn());
		assertThat(ConsentGate.check(mismatch, INTENT, TODAY)).extracting(ConsentViolation::field)
			.containsExactly("consent.signature.typedSignature");
		ConsentForm parent = new ConsentForm(form.patientName(), form.discloser(), form.information(), form.recipient(),
				form.purpose(), form.revocationStatement(), form.expiresOn(), null,
				new ConsentForm.Signature("Maria Rivera", "parent", "Maria Rivera", "typed-e-signature"),
				form.signedOn());
		assertThat(elements(parent)).isEmpty();
	}

	@Test
	void aConsentSignedInTheFutureOrAfterItsExpiryIsRefused() {
		ConsentForm form = valid();
		ConsentForm future = new ConsentForm(form.patientName(), form.discloser(), form.information(), form.recipient(),
				form.purpose(), form.revocationStatement(), TODAY.plusDays(30), null, form.signature(),
				TODAY.plusDays(1));
		assertThat(elements(future)).containsExactly("date-signed");
	}

	@Test
	void whoMayDiscloseMustBeThisClinicWhateverTheCaseAndSpacing() {
		ConsentForm form = valid();
		ConsentForm spaced = new ConsentForm(form.patientName(), "  carepath   COUNSELING clinic ", form.information(),
				form.recipient(), form.purpose(), form.revocationStatement(), form.expiresOn(), null, form.signature(),
				form.signedOn());
		assertThat(elements(spaced)).isEmpty();
		ConsentForm other = new ConsentForm(form.patientName(), "Another Clinic", form.information(), form.recipient(),
				form.purpose(), form.revocationStatement(), form.expiresOn(), null, form.signature(), form.signedOn());
		assertThat(ConsentGate.check(other, INTENT, TODAY)).singleElement()
			.satisfies(violation -> assertThat(violation.element()).isEqualTo("discloser"))
			.satisfies(violation -> assertThat(violation.message()).isEqualTo("must be " + CLINIC));
	}

	@Test
	void aNullOrUnknownElementIsAViolationWhichDoesNotRepeatWhatWasSent() {
		ConsentForm form = valid();
		List<String> elements = new java.util.ArrayList<>(form.information().elements());
		elements.add(null);
		elements.add("diagnosis-of-Alex");
		ConsentForm odd = new ConsentForm(form.patientName(), form.discloser(),
				new ConsentForm.Information(form.information().description(), elements), form.recipient(),
				form.purpose(), form.revocationStatement(), form.expiresOn(), null, form.signature(), form.signedOn());
		assertThat(ConsentGate.check(odd, INTENT, TODAY)).singleElement()
			.satisfies(violation -> assertThat(violation.field()).isEqualTo("consent.information.elements"))
			.satisfies(violation -> assertThat(violation.message()).doesNotContain("Alex", "null"));
	}

	@Test
	void theStandardRevocationStatementIsAcceptedWhateverTheClinicIsCalled() {
		ConsentForm form = valid();
		ConsentForm lakeside = new ConsentForm(form.patientName(), "Lakeside Recovery Center", form.information(),
				form.recipient(), form.purpose(), ConsentTerms.revocationStatement("Lakeside Recovery Center"),
				form.expiresOn(), null, form.signature(), form.signedOn());
		ConsentGate.Intent intent = new ConsentGate.Intent("Lakeside Recovery Center", INTENT.patientName(),
				INTENT.programId(), INTENT.programName(), INTENT.elements());
		assertThat(ConsentGate.check(lakeside, intent, TODAY)).isEmpty();
	}

}
