package org.carepath.intake.screening;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.carepath.intake.alert.CrisisAlerts;
import org.carepath.support.audit.AuditLog;
import org.carepath.intake.instrument.Instrument;
import org.carepath.intake.instrument.InstrumentCatalog;
import org.carepath.intake.scoring.InvalidAnswersException;
import org.carepath.intake.scoring.NextStep;
import org.carepath.intake.scoring.Respondent;
import org.carepath.intake.scoring.ScoreResult;
import org.carepath.intake.scoring.Scorer;
import org.carepath.support.problem.Problems;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

import static org.carepath.support.problem.Problems.fieldError;

import static org.carepath.support.text.Text.blankToNull;

/**
 * Stores a screening exactly once: checks the request, scores it on the server, stores
 * answers, scores, contact (apart) and, for a crisis, the alert, all in one transaction.
 * Nothing is stored when anything is invalid.
 */
@Service
class SubmissionService {

	static final Set<String> MODES = Set.of("self", "staff");

	private static final Set<String> SEXES = Set.of("female", "male");

	private static final Pattern AGE_BAND = Pattern.compile("\\d{1,3}-\\d{1,3}|\\d{1,3}\\+");

	private static final Map<String, NextStep> NEXT_STEPS = Map.of("reinforce", NextStep.REINFORCE,
			"brief-intervention", NextStep.BRIEF_INTERVENTION, "assessment-referral", NextStep.ASSESSMENT_REFERRAL,
			"urgent-review", NextStep.URGENT_REVIEW);

	private final InstrumentCatalog catalog;

	private final ScreeningRepository screenings;

	private final ScreeningContactRepository contacts;

	private final CrisisAlerts alerts;

	private final AuditLog audit;

	private final JsonMapper json;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SubmissionService(InstrumentCatalog catalog, ScreeningRepository screenings, ScreeningContactRepository contacts,
			CrisisAlerts alerts, AuditLog audit, JsonMapper json, Clock clock, ApplicationEventPublisher events) {
		this.catalog = catalog;
		this.screenings = screenings;
		this.contacts = contacts;
		this.alerts = alerts;
		this.json = json;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/**
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
		Instrument instrument = checkRequest(request);
		String requestHash = hash(request);
		if (idempotencyKey != null) {
			Optional<Submission> earlier = replay(idempotencyKey, requestHash);
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		Map<String, Object> answers = (request.answers() != null) ? request.answers() : Map.of();
		String sex = (request.respondent() != null) ? request.respondent().sex() : null;
		ScoreResult result;
		try {
			result = Scorer.score(instrument, answers, Respondent.of(sex(sex)));
		}
		catch (InvalidAnswersException ex) {
			throw invalidAnswers(ex);
		}
		Instant now = this.clock.instant();
		UUID id = UUID.randomUUID();
		String reference = References.next();
		while (this.screenings.existsByReference(reference)) {
			reference = References.next();
		}
		Screening screening = new Screening(id, reference, instrument.id(), instrument.version(), request.mode(),
				startedAt(request.startedAt(), now), now, this.json.writeValueAsString(new TreeMap<>(answers)),
				new Screening.Scored(result.score(), result.band(), result.positive(), result.crisis(),
						result.nextStep().code(), result.interpretation(),
						this.json.writeValueAsString(result.notes())),
				sex, (request.respondent() != null) ? request.respondent().ageBand() : null, administeredBy,
				idempotencyKey, requestHash);
		if (subject != null && "self".equals(request.mode())) {
			screening.linkToSubject(subject);
		}
		this.screenings.saveAndFlush(screening);
		SubmissionRequest.Contact contact = request.contact();
		if (contact != null && Boolean.TRUE.equals(contact.consentToContact())) {
			this.contacts
				.saveAndFlush(new ScreeningContact(id, blankToNull(contact.name()), blankToNull(contact.phone()),
						blankToNull(contact.email()), Boolean.TRUE.equals(contact.consentToContact()), now));
		}
		if (result.crisis()) {
			this.alerts.open(id, now);
		}
		this.audit.record(actor, "screening.created", id, request.mode());
		// Stored in this transaction by the outbox (event_publication), sent to Kafka
		// after the commit.
		this.events.publishEvent(ScreeningCompleted.of(screening));
		return new Submission(resultOf(screening), true);
	}

	/**
	 * The first result for a key, when the body is the same; 422 when the key was used
	 * for another body.
	 */
	@Transactional(readOnly = true)
	Optional<Submission> replay(String idempotencyKey, String requestHash) {
		Optional<Screening> earlier = this.screenings.findByIdempotencyKey(idempotencyKey);
		if (earlier.isEmpty()) {
			return Optional.empty();
		}
		if (!requestHash.equals(earlier.get().getRequestHash())) {
			throw Problems.exception(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
					"Idempotency key reused",
					"This Idempotency-Key was already used for a different request. Use a new key for a new"
							+ " screening.");
		}
		return Optional.of(new Submission(resultOf(earlier.get()), false));
	}

	String hash(SubmissionRequest request) {
		try {
			byte[] canonical = this.json.writer()
				.with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
				.writeValueAsBytes(request);
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	SubmissionResult resultOf(Screening screening) {
		Screening.Scored scored = screening.scored();
		NextStep step = NEXT_STEPS.get(scored.nextStepCode());
		List<String> notes = this.json.readValue(scored.notes(), new TypeReference<List<String>>() {
		});
		return new SubmissionResult(scored.crisis() ? Guidance.crisisPanel() : null, screening.getId(),
				screening.getReference(), screening.getInstrumentId(), screening.getInstrumentVersion(), scored.score(),
				scored.band(), scored.positive(), scored.crisis(), new SubmissionResult.Step(step.code(), step.text()),
				scored.interpretation(), notes, Guidance.resources(scored.positive()),
				Guidance.articles(screening.getInstrumentId()));
	}

	private Instrument checkRequest(SubmissionRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		Instrument instrument = null;
		if (request.instrument() == null || request.instrument().isBlank()) {
			errors.add(fieldError("instrument", "required"));
		}
		else {
			instrument = this.catalog.find(request.instrument()).orElse(null);
			if (instrument == null) {
				errors.add(fieldError("instrument", "unknown instrument; see GET /api/intake/instruments"));
			}
		}
		if (request.mode() == null || !MODES.contains(request.mode())) {
			errors.add(fieldError("mode", "must be self or staff"));
		}
		if (request.respondent() != null) {
			String sex = request.respondent().sex();
			if (sex != null && !SEXES.contains(sex)) {
				errors.add(fieldError("respondent.sex", "must be female, male or null"));
			}
			String ageBand = request.respondent().ageBand();
			if (ageBand != null && !AGE_BAND.matcher(ageBand).matches()) {
				errors.add(fieldError("respondent.ageBand", "must be a range such as 18-25, or 65+"));
			}
		}
		SubmissionRequest.Contact contact = request.contact();
		if (contact != null) {
			checkLength(errors, "contact.name", contact.name(), 200);
			checkLength(errors, "contact.phone", contact.phone(), 40);
			checkLength(errors, "contact.email", contact.email(), 254);
			if (contact.email() != null && !contact.email().isBlank() && !contact.email().contains("@")) {
				errors.add(fieldError("contact.email", "must be an email address"));
			}
			if (Boolean.TRUE.equals(contact.consentToContact()) && blankToNull(contact.phone()) == null
					&& blankToNull(contact.email()) == null) {
				errors.add(fieldError("contact", "a phone number or an email address is needed to contact you"));
			}
			// Minimum necessary: contact details are kept only to contact the person, so
			// only with their consent.
			if (!Boolean.TRUE.equals(contact.consentToContact()) && hasDetails(contact)) {
				errors.add(fieldError("contact.consentToContact",
						"contact details are kept only with consent to contact; send true or leave them out"));
			}
		}
		if (request.startedAt() != null && request.startedAt().isAfter(this.clock.instant())) {
			errors.add(fieldError("startedAt", "must not be in the future"));
		}
		if (!errors.isEmpty() || instrument == null) {
			throw Problems.invalid(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
					"Some fields are missing or invalid.", errors);
		}
		return instrument;
	}

	// Also answers an invalid amendment (Amendments).
	static ErrorResponseException invalidAnswers(InvalidAnswersException ex) {
		// linkIds and reasons only: never the value given.
		List<Map<String, String>> errors = ex.result().errors().stream().map(invalid -> {
			Map<String, String> error = new LinkedHashMap<>();
			error.put("field", "answers." + invalid.linkId());
			error.put("linkId", invalid.linkId());
			error.put("reason", invalid.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
			error.put("message", invalid.message());
			return error;
		}).toList();
		ProblemDetail problem = Problems
			.invalid(HttpStatus.BAD_REQUEST, "invalid-answers", "Invalid answers",
					"Some answers are missing or invalid. Nothing was stored.", errors)
			.getBody();
		// Keeps the scorer's exception as the cause.
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, ex);
	}

	private static void checkLength(List<Map<String, String>> errors, String field, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			errors.add(fieldError(field, "at most " + max + " characters"));
		}
	}

	static Respondent.Sex sex(@Nullable String sex) {
		if (sex == null) {
			return Respondent.Sex.NOT_GIVEN;
		}
		return "female".equals(sex) ? Respondent.Sex.FEMALE : Respondent.Sex.MALE;
	}

	private static @Nullable Instant startedAt(@Nullable Instant startedAt, Instant now) {
		return (startedAt != null && !startedAt.isAfter(now)) ? startedAt : null;
	}

	private static boolean hasDetails(SubmissionRequest.Contact contact) {
		return blankToNull(contact.name()) != null || blankToNull(contact.phone()) != null
				|| blankToNull(contact.email()) != null;
	}

}
