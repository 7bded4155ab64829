package org.carepath.portal.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.carepath.portal.system.CodeWords;
import org.jspecify.annotations.Nullable;

/**
 * The referral service's staff API (and the little of intake's screening detail a
 * referral needs) as the portal reads and writes it. Answers are read tolerantly: unknown
 * fields are ignored and missing lists are empty, so the services can grow without
 * breaking these pages. Names follow the APIs.
 */
final class ReferralApi {

	private ReferralApi() {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Level(@Nullable String edition, @Nullable String code, @Nullable String name) {

		/** "2.1 Intensive outpatient services (ASAM 3rd edition)". */
		public String text() {
			String label = (this.name != null) ? this.code + " " + this.name : String.valueOf(this.code);
			return ("3".equals(this.edition)) ? label + " (ASAM 3rd edition)"
					: label + " (ASAM edition " + this.edition + ")";
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ProgramRef(@Nullable String id, @Nullable String partnerId, @Nullable String name) {
	}

	/** A line of {@code GET /api/referrals}. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Summary(String id, @Nullable String screeningReference, @Nullable ProgramRef program,
			@Nullable Level levelOfCare, @Nullable String reasonCategory, String status, @Nullable String requestedBy,
			@Nullable Instant createdAt, @Nullable Instant updatedAt) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Patient(@Nullable String name, @Nullable LocalDate dateOfBirth, @Nullable String phone,
			@Nullable String email, @Nullable String preferredContact) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Share(boolean contact, boolean scores) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Score(@Nullable String instrument, @Nullable String version, @Nullable Integer score, @Nullable String band,
			@Nullable Instant completedAt) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Revocation(@Nullable Instant revokedAt, @Nullable String revokedBy, @Nullable String reason,
			@Nullable String requestedBy, @Nullable LocalDate receivedOn) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ConsentSummary(@Nullable String id, int version, @Nullable String status, @Nullable String patientName,
			@Nullable String discloser, @Nullable String informationDescription, @Nullable List<String> elements,
			@Nullable String recipientName, @Nullable String purpose, @Nullable LocalDate expiresOn,
			@Nullable String expiryEvent, @Nullable String signedBy, @Nullable String signerRole,
			@Nullable LocalDate signedOn, @Nullable String recordedBy, @Nullable Instant recordedAt,
			@Nullable Revocation revocation) {

		public List<String> elementList() {
			return present(this.elements);
		}

		public boolean isRevoked() {
			return this.revocation != null;
		}

	}

	/**
	 * One row of a referral's status history: who is a clinic user or the partner's id.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record StatusChange(@Nullable String status, @Nullable String previousStatus, @Nullable String changedBy,
			@Nullable String changedByKind, @Nullable Instant changedAt, @Nullable LocalDate effectiveOn,
			@Nullable String reason) {

		public boolean byPartner() {
			return "partner".equals(this.changedByKind);
		}

	}

	/** {@code GET /api/referrals/{id}}: read audited by the referral service. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Details(String id, @Nullable String screeningId, @Nullable String screeningReference,
			@Nullable ProgramRef program, @Nullable Level levelOfCare, @Nullable String reasonCategory, String status,
			@Nullable Patient patient, @Nullable Share share, @Nullable List<Score> scores,
			@Nullable ConsentSummary consent, @Nullable List<StatusChange> history, @Nullable String requestedBy,
			@Nullable Instant createdAt, @Nullable Instant updatedAt) {

		public List<Score> scoreList() {
			return present(this.scores);
		}

		public List<StatusChange> historyList() {
			return present(this.history);
		}

		/**
		 * Whether a clinician can still record a revocation: the consent is on record and
		 * not yet revoked.
		 */
		public boolean revocable() {
			return this.consent != null && !this.consent.isRevoked();
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record DisclosureRecipient(@Nullable String programId, @Nullable String partnerId, @Nullable String name) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ConsentRef(@Nullable String id, @Nullable Integer version) {
	}

	/** One entry of the accounting of disclosures. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Disclosure(@Nullable String id, @Nullable Instant disclosedAt, @Nullable DisclosureRecipient recipient,
			@Nullable List<String> elements, @Nullable String dataDescription, @Nullable String purpose,
			@Nullable ConsentRef consent, @Nullable String approvedBy, @Nullable String eventType) {
	}

	/** An open referral suggestion: a high-risk or crisis screening. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Suggestion(String id, String screeningId, @Nullable String screeningReference, @Nullable String instrument,
			@Nullable String band, boolean positive, boolean crisis, @Nullable Instant completedAt,
			@Nullable Instant createdAt) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Address(@Nullable String street, @Nullable String city, @Nullable String region, @Nullable String postalCode,
			@Nullable String country) {

		public String text() {
			return java.util.stream.Stream.of(this.street, this.city, join(this.region, this.postalCode), this.country)
				.filter(part -> part != null && !part.isBlank())
				.collect(java.util.stream.Collectors.joining(", "));
		}

		private static @Nullable String join(@Nullable String a, @Nullable String b) {
			if (a == null || a.isBlank()) {
				return b;
			}
			return (b == null || b.isBlank()) ? a : a + " " + b;
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record IntakeContact(@Nullable String phone, @Nullable String email) {
	}

	/** A partner program of the directory. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Program(String id, @Nullable String partnerId, String name, @Nullable String description,
			boolean acceptingReferrals, @Nullable List<Level> levelsOfCare, @Nullable List<String> services,
			@Nullable List<String> populations, @Nullable List<String> languages, @Nullable Address address,
			@Nullable IntakeContact intakeContact) {

		/** Accepting programs first, then by name: the directory's order otherwise. */
		static final Comparator<Program> ACCEPTING_FIRST = Comparator.comparing((Program p) -> !p.acceptingReferrals())
			.thenComparing(Program::name, String.CASE_INSENSITIVE_ORDER);

		public List<Level> levelList() {
			return present(this.levelsOfCare);
		}

		public List<String> serviceList() {
			return present(this.services);
		}

		public List<String> populationList() {
			return present(this.populations);
		}

		public List<String> languageList() {
			return present(this.languages);
		}

	}

	/**
	 * What a referral needs of the screening it comes from. Reading it is audited by
	 * intake.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Screening(String id, String reference, String instrument, @Nullable String version, @Nullable Integer score,
			@Nullable String band, boolean positive, boolean crisis, @Nullable String status,
			@Nullable Instant completedAt, @Nullable Respondent respondent, @Nullable Contact contact,
			@Nullable List<String> allowedTransitions) {

		/** Referred or closed: nothing more to refer. */
		public boolean finished() {
			return "referred".equals(this.status) || "closed".equals(this.status);
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Respondent(@Nullable String sex, @Nullable String ageBand) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Contact(@Nullable String name, @Nullable String phone, @Nullable String email) {
	}

	/**
	 * {@code GET /api/referrals/consent-terms}: the clinic's consent texts, the referral
	 * service's own, so the portal keeps no copy of them. {@code description} is the
	 * standard description of what a referral with the share choices asked about
	 * discloses.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record ConsentTerms(String discloser, @Nullable List<Purpose> purposes, String revocationStatement,
			@Nullable String signatureMethod, @Nullable List<Element> elements, @Nullable String description) {

		public List<Element> elementList() {
			return present(this.elements);
		}

		/** An element in the patient's words; an unknown one still readable. */
		public String element(@Nullable String id) {
			return elementList().stream()
				.filter(element -> element.id().equals(id))
				.map(Element::label)
				.findFirst()
				.orElseGet(() -> CodeWords.word(Map.of(), id));
		}

		/** A purpose in the patient's words; an unknown one still readable. */
		public String purpose(@Nullable String code) {
			return present(this.purposes).stream()
				.filter(purpose -> purpose.code().equals(code))
				.map(Purpose::label)
				.findFirst()
				.orElseGet(() -> CodeWords.word(Map.of(), code));
		}

		/** The purpose a referral is for: the clinic's first (and only) one. */
		public @Nullable String purposeCode() {
			return present(this.purposes).stream().map(Purpose::code).findFirst().orElse(null);
		}

		/** The elements every referral sends: the patient's consent must cover them. */
		List<String> alwaysSent() {
			return elementList().stream().filter(Element::alwaysSent).map(Element::id).toList();
		}

		@JsonIgnoreProperties(ignoreUnknown = true)
		record Purpose(String code, String label) {
		}

		@JsonIgnoreProperties(ignoreUnknown = true)
		record Element(String id, String label, boolean alwaysSent) {
		}

	}

	/** {@code POST /api/referrals}. */
	record ReferralRequest(String screeningId, @Nullable String screeningReference, String programId,
			LevelRequest levelOfCare, @Nullable String reasonCategory, PatientRequest patient, ShareRequest share,
			@Nullable List<Score> scores, ConsentRequest consent) {
	}

	record LevelRequest(String edition, @Nullable String code) {
	}

	record PatientRequest(@Nullable String name, @Nullable LocalDate dateOfBirth, @Nullable String phone,
			@Nullable String email, @Nullable String preferredContact) {
	}

	record ShareRequest(boolean contact, boolean scores) {
	}

	/** The consent, one field or group per 42 CFR §2.31 element. */
	record ConsentRequest(@Nullable String patientName, String discloser, Information information, Recipient recipient,
			@Nullable String purpose, String revocationStatement, @Nullable LocalDate expiresOn,
			@Nullable String expiryEvent, Signature signature, @Nullable LocalDate signedOn) {
	}

	record Information(@Nullable String description, List<String> elements) {
	}

	record Recipient(String programId, String name) {
	}

	record Signature(@Nullable String signedBy, @Nullable String signerRole, @Nullable String typedSignature,
			@Nullable String method) {
	}

	/** {@code POST /api/referrals/{id}/consent/revoke}. */
	record RevokeRequest(String reason, @Nullable String requestedBy, @Nullable LocalDate receivedOn) {
	}

	record Dismissal(@Nullable String reason) {
	}

	private static <T> List<T> present(@Nullable List<T> values) {
		return (values != null) ? values.stream().filter(Objects::nonNull).toList() : List.of();
	}

}
