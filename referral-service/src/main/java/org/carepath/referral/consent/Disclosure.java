package org.carepath.referral.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * What one disclosure to a partner carries, and the only way to ask the
 * {@link ConsentGate} whether it may happen (docs/part2-consent.md). Either a referral —
 * the elements always sent plus the ones the patient chose to share — or a cancellation
 * notice, which carries nothing but the opaque referral id and the fact of cancellation,
 * and so needs no element of the consent: it is sent because the consent was revoked.
 * <p>
 * Also owns the two texts that describe it: the {@linkplain #standardDescription()
 * standard description} a patient is offered on the consent form, and the
 * {@linkplain #accountingDescription() accounting description} the disclosure log keeps.
 */
@NamedInterface("api")
public final class Disclosure {

	/** How a cancellation notice is listed in the disclosure log. */
	static final String CANCELLATION_NOTICE = "cancellation-notice";

	private static final Disclosure NOTICE = new Disclosure(EnumSet.noneOf(DisclosureElement.class), true);

	private final Set<DisclosureElement> elements;

	private final boolean cancellationNotice;

	private Disclosure(Set<DisclosureElement> elements, boolean cancellationNotice) {
		this.elements = Collections.unmodifiableSet(elements);
		this.cancellationNotice = cancellationNotice;
	}

	/** A referral: the elements always sent, and contact and scores when shared. */
	public static Disclosure of(boolean sharesContact, boolean sharesScores) {
		EnumSet<DisclosureElement> elements = EnumSet.noneOf(DisclosureElement.class);
		for (DisclosureElement element : DisclosureElement.values()) {
			if (element.alwaysSent() || (element == DisclosureElement.IDENTITY_AND_CONTACT && sharesContact)
					|| (element == DisclosureElement.SCREENING_SCORES && sharesScores)) {
				elements.add(element);
			}
		}
		return new Disclosure(elements, false);
	}

	/** The notice that a referral is cancelled because its consent was revoked. */
	public static Disclosure cancellationNotice() {
		return NOTICE;
	}

	/** The consent's elements this discloses, in their declared order. */
	public Set<DisclosureElement> elements() {
		return this.elements;
	}

	public boolean sharesContact() {
		return this.elements.contains(DisclosureElement.IDENTITY_AND_CONTACT);
	}

	public boolean sharesScores() {
		return this.elements.contains(DisclosureElement.SCREENING_SCORES);
	}

	/** The elements as the disclosure log lists them. */
	public List<String> loggedElements() {
		return this.cancellationNotice ? List.of(CANCELLATION_NOTICE)
				: this.elements.stream().map(DisclosureElement::id).toList();
	}

	/**
	 * The consent's description of this information in the patient's words: what the
	 * consent form offers by default. Specific on purpose: a general release ("any and
	 * all information") is not valid consent. What is stored is the text the patient
	 * signed, whatever it says.
	 */
	public String standardDescription() {
		requireReferral();
		StringBuilder text = new StringBuilder("The level of care chosen for me and the reason for this referral");
		if (sharesContact()) {
			text.append(", my name and contact details (phone, email and how I prefer to be contacted)");
		}
		if (sharesScores()) {
			text.append(", and my screening result (instrument, score and band, not my answers)");
		}
		return text.append('.').toString();
	}

	/** What the accounting of disclosures records as the data disclosed. */
	public String accountingDescription() {
		if (this.cancellationNotice) {
			return "Cancellation notice: the referral id and that consent was revoked; no patient data.";
		}
		List<String> parts = new ArrayList<>(List.of("level of care", "reason category"));
		if (sharesContact()) {
			parts.add("patient name and contact details");
		}
		if (sharesScores()) {
			parts.add("screening scores");
		}
		return "Treatment referral: " + String.join(", ", parts)
				+ "; with the 42 CFR part 2 notice and the consent reference.";
	}

	/**
	 * When a consent is signed for this referral: every §2.31 element that is missing or
	 * inconsistent with it; empty when the consent allows it.
	 * @param today the clinic's date
	 */
	public List<ConsentViolation> check(@Nullable ConsentForm consent, Parties parties, LocalDate today) {
		requireReferral();
		return ConsentGate.check(consent, new ConsentGate.Intent(parties.discloser(), parties.patientName(),
				parties.programId(), parties.programName(), this.elements), today);
	}

	/**
	 * Whether the stored consent allows this disclosure to this program now: before it is
	 * sent, and before it is shown to the partner again. A cancellation notice needs no
	 * element of the consent and is always allowed.
	 */
	public boolean permittedBy(ConsentGate gate, UUID consentId, UUID programId, Instant now) {
		return this.cancellationNotice || gate.decide(consentId, programId, this.elements, now).isEmpty();
	}

	private void requireReferral() {
		if (this.cancellationNotice) {
			throw new IllegalStateException("A cancellation notice rests on no consent element");
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Disclosure that && this.cancellationNotice == that.cancellationNotice
				&& this.elements.equals(that.elements);
	}

	@Override
	public int hashCode() {
		return this.elements.hashCode() + (this.cancellationNotice ? 1 : 0);
	}

	@Override
	public String toString() {
		return "Disclosure" + loggedElements();
	}

	/**
	 * Who the consent must name for this referral: the clinic that discloses (its
	 * configured name), the patient referred and the program it goes to. A null was
	 * itself invalid in the request and is reported there.
	 */
	public record Parties(String discloser, @Nullable String patientName, @Nullable UUID programId,
			@Nullable String programName) {
	}

}
