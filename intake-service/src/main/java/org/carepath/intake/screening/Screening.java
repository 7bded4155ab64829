package org.carepath.intake.screening;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;
import org.jspecify.annotations.Nullable;

/**
 * A completed screening: raw answers (JSON text) and the scores derived from them. Never
 * returned from a controller; contact details live apart in {@link ScreeningContact}.
 */
@Entity
@Table(name = "screening")
class Screening {

	@Id
	private UUID id;

	private String reference;

	@Column(name = "instrument_id")
	private String instrumentId;

	@Column(name = "instrument_version")
	private String instrumentVersion;

	private String mode;

	private String status;

	private boolean crisis;

	@Column(name = "completed_at")
	private Instant completedAt;

	@Column(name = "started_at")
	private @Nullable Instant startedAt;

	@Column(columnDefinition = "jsonb")
	@ColumnTransformer(write = "?::jsonb")
	private String answers;

	private Integer score;

	private String band;

	private Boolean positive;

	@Column(name = "next_step_code")
	private String nextStepCode;

	private String interpretation;

	@Column(columnDefinition = "jsonb")
	@ColumnTransformer(write = "?::jsonb")
	private String notes;

	@Column(name = "respondent_sex")
	private @Nullable String respondentSex;

	@Column(name = "respondent_age_band")
	private @Nullable String respondentAgeBand;

	@Column(name = "administered_by")
	private @Nullable String administeredBy;

	@Column(name = "idempotency_key")
	private @Nullable String idempotencyKey;

	@Column(name = "request_hash")
	private @Nullable String requestHash;

	/**
	 * The signed-in patient's opaque id (token {@code sub}) for their own self-check;
	 * never a name.
	 */
	private @Nullable String subject;

	// Optimistic lock: a change made on a stale copy fails instead of overwriting another
	// staff member's change.
	// A wrapper, so that a new screening is persisted without a select first.
	@Version
	private @Nullable Long version;

	/**
	 * 1 as submitted, +1 per amendment; earlier revisions are kept in screening_revision.
	 */
	private int revision = 1;

	protected Screening() {
	}

	Screening(UUID id, String reference, String instrumentId, String instrumentVersion, String mode,
			@Nullable Instant startedAt, Instant completedAt, String answers, Scored scored,
			@Nullable String respondentSex, @Nullable String respondentAgeBand, @Nullable String administeredBy,
			@Nullable String idempotencyKey, @Nullable String requestHash) {
		this.id = id;
		this.reference = reference;
		this.instrumentId = instrumentId;
		this.instrumentVersion = instrumentVersion;
		this.mode = mode;
		this.status = "new";
		this.startedAt = startedAt;
		this.completedAt = completedAt;
		this.answers = answers;
		this.score = scored.score();
		this.band = scored.band();
		this.positive = scored.positive();
		this.crisis = scored.crisis();
		this.nextStepCode = scored.nextStepCode();
		this.interpretation = scored.interpretation();
		this.notes = scored.notes();
		this.respondentSex = respondentSex;
		this.respondentAgeBand = respondentAgeBand;
		this.administeredBy = administeredBy;
		this.idempotencyKey = idempotencyKey;
		this.requestHash = requestHash;
	}

	/** The derived scores as stored ({@code notes} as JSON text). */
	record Scored(int score, String band, boolean positive, boolean crisis, String nextStepCode, String interpretation,
			String notes) {
	}

	Scored scored() {
		return new Scored(this.score, this.band, Boolean.TRUE.equals(this.positive), this.crisis, this.nextStepCode,
				this.interpretation, this.notes);
	}

	UUID getId() {
		return this.id;
	}

	String getReference() {
		return this.reference;
	}

	String getInstrumentId() {
		return this.instrumentId;
	}

	String getInstrumentVersion() {
		return this.instrumentVersion;
	}

	String getMode() {
		return this.mode;
	}

	String getStatus() {
		return this.status;
	}

	boolean isCrisis() {
		return this.crisis;
	}

	Instant getCompletedAt() {
		return this.completedAt;
	}

	@Nullable Instant getStartedAt() {
		return this.startedAt;
	}

	String getAnswers() {
		return this.answers;
	}

	@Nullable String getRespondentSex() {
		return this.respondentSex;
	}

	@Nullable String getRespondentAgeBand() {
		return this.respondentAgeBand;
	}

	@Nullable String getAdministeredBy() {
		return this.administeredBy;
	}

	@Nullable String getRequestHash() {
		return this.requestHash;
	}

	@Nullable String getSubject() {
		return this.subject;
	}

	/**
	 * Links a self-check to the signed-in patient who took it, so they can see it again.
	 */
	void linkToSubject(String subject) {
		this.subject = subject;
	}

	long getVersion() {
		return (this.version != null) ? this.version : 0;
	}

	int getRevision() {
		return this.revision;
	}

	/** The transition rules live in {@link Status} and {@link StatusChanges}. */
	void changeStatus(Status to) {
		this.status = to.code();
	}

	/**
	 * Replaces answers and scores with a corrected revision; the caller keeps the
	 * previous one first.
	 */
	void amend(String answers, Scored scored) {
		this.answers = answers;
		this.score = scored.score();
		this.band = scored.band();
		this.positive = scored.positive();
		this.crisis = scored.crisis();
		this.nextStepCode = scored.nextStepCode();
		this.interpretation = scored.interpretation();
		this.notes = scored.notes();
		this.revision++;
	}

}
