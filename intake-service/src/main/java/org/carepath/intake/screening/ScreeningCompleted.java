package org.carepath.intake.screening;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * Published for every stored screening, and again with a new id after an amendment
 * (carrying the corrected scores), as {@value #TYPE} on topic {@value #TOPIC}
 * (CloudEvents binary mode, record key = screening id), through the transactional outbox:
 * stored with the screening, sent after the commit, re-sent until Kafka has it.
 * <p>
 * Minimum necessary: ids, the instrument, the scores, the suggested next step and how it
 * was taken. Never the answers, the contact details, the respondent's sex or age band, or
 * who administered it. {@code reference} is the random code the person saw on their
 * result; it identifies nobody by itself, and staff downstream need it to match a person
 * who calls in.
 * <p>
 * The class name is stored with each outstanding publication: renaming or moving this
 * record needs a migration of {@code event_publication.event_type}.
 *
 * @param eventId the CloudEvents {@code id}, fixed when the screening is stored so that
 * every re-send carries the same id and consumers can drop duplicates
 * @param nextStep the code of the step the score suggests ({@code reinforce},
 * {@code brief-intervention}, {@code assessment-referral}, {@code urgent-review}): intake
 * owns the score → step rule, so consumers act on this, never on band codes
 */
record ScreeningCompleted(UUID eventId, UUID screeningId, String reference, String instrument, String version,
		int score, String band, boolean positive, boolean crisis, String nextStep, String mode, Instant completedAt) {

	static final String TOPIC = "intake.screenings.v1";

	static final String TYPE = "org.carepath.intake.screening-completed.v1";

	static final URI SOURCE = URI.create("urn:carepath:intake-service");

	/** The {@code $id} of {@code static/schemas/screening-completed.v1.json}. */
	static final URI SCHEMA = URI.create("urn:carepath:schema:intake:screening-completed:v1");

	static ScreeningCompleted of(Screening screening) {
		Screening.Scored scored = screening.scored();
		return new ScreeningCompleted(UUID.randomUUID(), screening.getId(), screening.getReference(),
				screening.getInstrumentId(), screening.getInstrumentVersion(), scored.score(), scored.band(),
				scored.positive(), scored.crisis(), scored.nextStep().code(), screening.getMode(),
				screening.getCompletedAt());
	}

}
