package org.carepath.referral.consent;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * What a disclosure carries and how it is described. The texts are stored with every
 * consent and every disclosure log entry: they must not drift.
 */
class DisclosureTests {

	@Test
	void aReferralAlwaysCarriesLevelAndReasonAndContactAndScoresOnlyWhenShared() {
		assertThat(Disclosure.of(false, false).loggedElements()).containsExactly("level-of-care", "reason-category");
		assertThat(Disclosure.of(true, true).loggedElements()).containsExactly("level-of-care", "reason-category",
				"identity-and-contact", "screening-scores");
		assertThat(Disclosure.of(false, true).sharesContact()).isFalse();
		assertThat(Disclosure.of(false, true).sharesScores()).isTrue();
	}

	@Test
	void theStandardDescriptionIsThePatientsWordsForWhatIsShared() {
		assertThat(Disclosure.of(false, false).standardDescription())
			.isEqualTo("The level of care chosen for me and the reason for this referral.");
		assertThat(Disclosure.of(true, true).standardDescription())
			.isEqualTo("The level of care chosen for me and the reason for this referral, my name and contact details"
					+ " (phone, email and how I prefer to be contacted), and my screening result (instrument, score and"
					+ " band, not my answers).");
	}

	@Test
	void theAccountingDescriptionIsWhatTheDisclosureLogKeeps() {
		assertThat(Disclosure.of(false, false).accountingDescription()).isEqualTo(
				"Treatment referral: level of care, reason category; with the 42 CFR part 2 notice and the consent reference.");
		assertThat(Disclosure.of(true, true).accountingDescription())
			.isEqualTo("Treatment referral: level of care, reason category, patient name and contact details,"
					+ " screening scores; with the 42 CFR part 2 notice and the consent reference.");
	}

	@Test
	void aCancellationNoticeCarriesNoConsentElementAndIsLoggedAsSuch() {
		Disclosure notice = Disclosure.cancellationNotice();
		assertThat(notice.elements()).isEmpty();
		assertThat(notice.loggedElements()).containsExactly("cancellation-notice");
		assertThat(notice.accountingDescription())
			.isEqualTo("Cancellation notice: the referral id and that consent was revoked; no patient data.");
		// Needs no consent: the gate is not even asked.
		ConsentGate gate = mock(ConsentGate.class);
		assertThat(notice.permittedBy(gate, UUID.randomUUID(), UUID.randomUUID(), Instant.now())).isTrue();
		verifyNoInteractions(gate);
		assertThatIllegalStateException().isThrownBy(notice::standardDescription);
	}

}
