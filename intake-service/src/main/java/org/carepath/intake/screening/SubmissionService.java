package org.carepath.intake.screening;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.carepath.intake.alert.CrisisAlerts;
import org.carepath.intake.instrument.Instrument;
import org.carepath.intake.instrument.InstrumentCatalog;
import org.carepath.intake.scoring.ScoreResult;
import org.carepath.intake.scoring.Scorer;
import org.carepath.support.audit.AuditLog;
import org.carepath.support.idempotency.IdempotencyKeys;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a screening exactly once: scores it on the server, stores answers, scores,
 * contact (apart) and, for a crisis, the alert, all in one transaction. Nothing is stored
 * when anything is invalid: the request's fields are checked before (its constraints),
 * the answers by the scorer ({@code InvalidAnswersException}).
 */
@Service
class SubmissionService {

	private final InstrumentCatalog catalog;

	private final ScreeningRepository screenings;

	private final ScreeningContactRepository contacts;

	private final CrisisAlerts alerts;

	private final AuditLog audit;

	private final ResultView results;

	private final JsonMapper json;

	private final Clock clock;

	private final PhoneNumbers phones;

	SubmissionService(InstrumentCatalog catalog, ScreeningRepository screenings, ScreeningContactRepository contacts,
			CrisisAlerts alerts, AuditLog audit, ResultView results, JsonMapper json, Clock clock,
			PhoneNumbers phones) {
		this.phones = phones;
		this.catalog = catalog;
		this.screenings = screenings;
		this.contacts = contacts;
		this.alerts = alerts;
		this.audit = audit;
		this.results = results;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * @param request a valid request ({@link SubmissionRequest}'s constraints)
	 * @param administeredBy the staff member's username for {@code mode: staff}
	 * (authorization is the caller's job)
	 * @param actor who submits, for the audit trail ({@code anonymous} for the public
	 * form)
	 * @param subject the signed-in patient's token {@code sub} for their own self-check,
	 * else null
	 */
	@Transactional
	Submission submit(SubmissionRequest request, @Nullable String idempotencyKey, @Nullable String administeredBy,
			String actor, @Nullable String subject) {
		// No select first: the unique indexes check the idempotency key and the reference
		// when the screening is inserted, before anything else is written
		// (SubmissionController replays the earlier result or tries a new reference).
		String requestHash = hash(request);
		Instrument instrument = this.catalog.find(String.valueOf(request.instrument()))
			.orElseThrow(() -> new IllegalStateException("The request's instrument was checked before"));
		// Answers to questions the skip rules leave out are dropped here when the form
		// asks for it, so they are neither judged nor stored.
		Map<String, Object> answers = request.ignoresSkippedAnswers()
				? Scorer.withoutUnasked(instrument, request.answersGiven()) : request.answersGiven();
		ScoreResult result = Scorer.score(instrument, answers, Screening.respondent(request.sex()));
		Instant now = this.clock.instant();
		UUID id = UUID.randomUUID();
		Screening screening = Screening.submitted(id, References.next(), instrument.id(), instrument.version(),
				String.valueOf(request.mode()), startedAt(request.startedAt(), now), now,
				this.json.writeValueAsString(new TreeMap<>(answers)),
				Screening.Scored.of(result, this.json.writeValueAsString(result.notes())), request.sex(),
				request.ageBand(), administeredBy, idempotencyKey, requestHash);
		if (subject != null && request.selfCheck()) {
			screening.linkToSubject(subject);
		}
		// Flushed at once, so that a taken key or reference fails here, before the event
		// is published. Saving publishes ScreeningCompleted into the outbox
		// (event_publication, inserted at the commit, in this transaction); it is sent to
		// Kafka after the commit.
		this.screenings.saveAndFlush(screening);
		SubmissionRequest.Contact contact = request.contact();
		if (contact != null && contact.consented()) {
			this.contacts.save(ScreeningContact.given(id, contact, this.phones, now));
		}
		if (result.crisis()) {
			this.alerts.open(id, screening.getReference(), now);
		}
		this.audit.record(actor, "screening.created", id, request.mode());
		return new Submission(this.results.of(screening), true);
	}

	/**
	 * The first result for a key, when the body is the same; refused when the key was
	 * used for another body.
	 */
	@Transactional(readOnly = true)
	Optional<Submission> replay(String idempotencyKey, String requestHash) {
		Optional<Screening> earlier = this.screenings.findByIdempotencyKey(idempotencyKey);
		if (earlier.isEmpty()) {
			return Optional.empty();
		}
		if (!requestHash.equals(earlier.get().getRequestHash())) {
			throw new IdempotencyKeyReusedException();
		}
		return Optional.of(new Submission(this.results.of(earlier.get()), false));
	}

	String hash(SubmissionRequest request) {
		return IdempotencyKeys.hash(this.json, request);
	}

	private static @Nullable Instant startedAt(@Nullable Instant startedAt, Instant now) {
		return (startedAt != null && !startedAt.isAfter(now)) ? startedAt : null;
	}

}
