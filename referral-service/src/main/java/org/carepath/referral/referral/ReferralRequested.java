package org.carepath.referral.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import org.carepath.referral.consent.Disclosure;

/**
 * {@code org.carepath.referral.requested.v1}: exactly what the partner receives, the
 * minimum necessary (docs/part2-consent.md). The fields are the event data and mirror
 * {@code contract/schemas/referral-requested.v1.json}; {@code contact} and {@code scores}
 * are absent unless the patient consented to them. Nothing here identifies the patient
 * unless consented: the referral id is opaque, and no screening id, answers or notes
 * travel.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralRequested(UUID eventId, UUID referralId, String partnerId, Level levelOfCare,
		String reasonCategory, @Nullable Contact contact, @Nullable List<Score> scores, ConsentReference consent,
		String notice, Instant requestedAt) {

	public static final String TYPE = "org.carepath.referral.requested.v1";

	/** The §2.32 notice that travels with every disclosure. */
	public static final String NOTICE = "42 CFR part 2 prohibits unauthorized use or disclosure of these records.";

	/**
	 * What this event discloses, for the consent gate's re-check when it is sent: contact
	 * and scores travel only when shared.
	 */
	@JsonIgnore
	Disclosure disclosure() {
		return Disclosure.of(this.contact != null, this.scores != null);
	}

	/** The ASAM level of care chosen by the clinician, with its edition. */
	public record Level(String edition, String code, String name) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Contact(String name, @Nullable String phone, @Nullable String email, String preferredContact) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Score(String instrument, @Nullable String version, int score, String band,
			@Nullable Instant completedAt) {
	}

	/**
	 * The consent the disclosure rests on (§2.32 asks for a reference), and when it ends.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ConsentReference(String reference, int version, @Nullable LocalDate expiresOn,
			@Nullable String expiryEvent) {
	}

}
