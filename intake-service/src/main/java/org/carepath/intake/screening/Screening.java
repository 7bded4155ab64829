package org.carepath.intake.screening;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;
import org.jspecify.annotations.Nullable;

import org.carepath.intake.scoring.NextStep;
import org.carepath.intake.scoring.Respondent;
import org.carepath.intake.scoring.ScoreResult;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A completed screening: raw answers (JSON text) and the scores derived from them. Never
 * returned from a controller; contact details live apart in {@link ScreeningContact}.
 * <p>
 * The aggregate owns its workflow ({@link #changeStatus}) and its events: submitting and
 * amending register {@link ScreeningCompleted}, published when the screening is saved
 * through {@link ScreeningRepository}, so in its transaction (the outbox).
 */
@Entity
@Table(name = "screening")
class Screening extends AbstractAggregateRoot<Screening> {

	@Id
	private UUID id;

	private String reference;

	@Column(name = "instrument_id")
	private String instrumentId;

	@Column(name = "instrument_version")
	private String instrumentVersion;

	private String mode;

	@Convert(converter = Status.Column.class)
	private Status status;

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
	@Convert(converter = NextStepColumn.class)
	private NextStep nextStep;

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

	private Screening(UUID id, String reference, String instrumentId, String instrumentVersion, String mode,
			@Nullable Instant startedAt, Instant completedAt, String answers, Scored scored,
			@Nullable String respondentSex, @Nullable String respondentAgeBand, @Nullable String administeredBy,
			@Nullable String idempotencyKey, @Nullable String requestHash) {
		this.id = id;
		this.reference = reference;
		this.instrumentId = instrumentId;
		this.instrumentVersion = instrumentVersion;
		this.mode = mode;
		this.status = Status.NEW;
		this.startedAt = startedAt;
		this.completedAt = completedAt;
		this.answers = answers;
		this.score = scored.score();
		this.band = scored.band();
		this.positive = scored.positive();
		this.crisis = scored.crisis();
		this.nextStep = scored.nextStep();
		this.interpretation = scored.interpretation();
		this.notes = scored.notes();
		this.respondentSex = respondentSex;
		this.respondentAgeBand = respondentAgeBand;
		this.administeredBy = administeredBy;
		this.idempotencyKey = idempotencyKey;
		this.requestHash = requestHash;
	}

	/**
	 * A screening just completed, {@link Status#NEW}; registers
	 * {@link ScreeningCompleted}.
	 */
	static Screening submitted(UUID id, String reference, String instrumentId, String instrumentVersion, String mode,
			@Nullable Instant startedAt, Instant completedAt, String answers, Scored scored,
			@Nullable String respondentSex, @Nullable String respondentAgeBand, @Nullable String administeredBy,
			@Nullable String idempotencyKey, @Nullable String requestHash) {
		Screening screening = new Screening(id, reference, instrumentId, instrumentVersion, mode, startedAt,
				completedAt, answers, scored, respondentSex, respondentAgeBand, administeredBy, idempotencyKey,
				requestHash);
		screening.registerEvent(ScreeningCompleted.of(screening));
		return screening;
	}

	/** The derived scores as stored ({@code notes} as JSON text). */
	record Scored(int score, String band, boolean positive, boolean crisis, NextStep nextStep, String interpretation,
			String notes) {

		static Scored of(ScoreResult result, String notes) {
			return new Scored(result.score(), result.band(), result.positive(), result.crisis(), result.nextStep(),
					result.interpretation(), notes);
		}

	}

	Scored scored() {
		return new Scored(this.score, this.band, Boolean.TRUE.equals(this.positive), this.crisis, this.nextStep,
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

	Status getStatus() {
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

	/**
	 * Moves the screening along the workflow: only the transitions {@link Status} allows;
	 * never to a finished status while a crisis alert is open; with the note the
	 * transition needs.
	 * @param openCrisisAlert whether the screening has a crisis alert nobody has
	 * acknowledged yet
	 */
	void changeStatus(Status to, @Nullable String note, boolean openCrisisAlert) {
		Status from = this.status;
		if (!from.allows(to)) {
			throw new TransitionNotAllowedException(from, to);
		}
		if (openCrisisAlert && to.isFinished()) {
			throw new OpenCrisisAlertException(from, to);
		}
		if (note == null && from.needsNote(to)) {
			throw new InvalidFieldsException("note", (to == Status.BRIEF_INTERVENTION_DONE)
					? "required: the brief-intervention note" : "required: the reason for closing");
		}
		this.status = to;
	}

	/**
	 * A change made on a copy the staff member saw before someone else changed the
	 * screening fails.
	 * @param expected the record version the change was made on, null when not known
	 */
	void checkVersion(@Nullable Long expected) {
		if (expected != null && expected != getVersion()) {
			throw new StaleScreeningException(this.status, getVersion());
		}
	}

	/**
	 * Referred and closed screenings are finished work: their answers stay as they are.
	 */
	void checkAmendable() {
		if (this.status.isFinished()) {
			throw new AmendmentNotAllowedException(this.status);
		}
	}

	/** Who answered, as far as scoring needs to know (AUDIT-C's cut-off). */
	Respondent respondent() {
		return respondent(this.respondentSex);
	}

	/** Scoring's view of a stored or given sex ({@code female}, {@code male} or null). */
	static Respondent respondent(@Nullable String sex) {
		if (sex == null) {
			return Respondent.sexNotGiven();
		}
		return Respondent.of("female".equals(sex) ? Respondent.Sex.FEMALE : Respondent.Sex.MALE);
	}

	/**
	 * Replaces answers and scores with a corrected revision, unless the screening is
	 * finished work; the caller keeps the previous revision first. Registers
	 * {@link ScreeningCompleted} again, with a new id, so that downstream sees the
	 * corrected scores.
	 */
	void amend(String answers, Scored scored) {
		checkAmendable();
		this.answers = answers;
		this.score = scored.score();
		this.band = scored.band();
		this.positive = scored.positive();
		this.crisis = scored.crisis();
		this.nextStep = scored.nextStep();
		this.interpretation = scored.interpretation();
		this.notes = scored.notes();
		this.revision++;
		registerEvent(ScreeningCompleted.of(this));
	}

}
