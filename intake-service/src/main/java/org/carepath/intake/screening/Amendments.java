package org.carepath.intake.screening;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.carepath.intake.alert.CrisisAlerts;
import org.carepath.support.audit.AuditLog;
import org.carepath.intake.instrument.Instrument;
import org.carepath.intake.instrument.InstrumentCatalog;
import org.carepath.intake.scoring.ScoreResult;
import org.carepath.intake.scoring.Scorer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.carepath.support.text.Text.blankToNull;

/**
 * Corrects a completed screening without overwriting it: the revision being replaced is
 * kept in full (answers, scores) with who amended it, when and why; the corrected answers
 * are validated and scored again on the server with the screening's own instrument
 * version. A correction that turns the screening into a crisis opens an alert. Invalid
 * answers are refused by the scorer ({@code InvalidAnswersException}).
 */
@Service
class Amendments {

	static final int MAX_REASON = 1000;

	private final ScreeningRepository screenings;

	private final InstrumentCatalog catalog;

	private final CrisisAlerts alerts;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	Amendments(ScreeningRepository screenings, InstrumentCatalog catalog, CrisisAlerts alerts, AuditLog audit,
			JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.screenings = screenings;
		this.catalog = catalog;
		this.alerts = alerts;
		this.audit = audit;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * @param request a valid request ({@link AmendmentRequest}'s constraints)
	 * @return the new revision number
	 */
	@Transactional
	int amend(UUID id, AmendmentRequest request, String actor) {
		String reason = Objects.requireNonNull(blankToNull(request.reason()));
		Screening screening = this.screenings.findById(id).orElseThrow(() -> new ScreeningNotFoundException(id));
		screening.checkVersion(request.recordVersion());
		screening.checkAmendable();
		Instrument instrument = this.catalog.find(screening.getInstrumentId())
			.filter(shipped -> shipped.version().equals(screening.getInstrumentVersion()))
			.orElseThrow(() -> new InstrumentVersionUnavailableException(screening.getInstrumentId(),
					screening.getInstrumentVersion()));
		Map<String, Object> answers = new TreeMap<>(Objects.requireNonNull(request.answers()));
		ScoreResult result = Scorer.score(instrument, answers, screening.respondent());
		String corrected = this.json.writeValueAsString(answers);
		if (this.json.readTree(corrected).equals(this.json.readTree(screening.getAnswers()))) {
			throw new InvalidFieldsException("answers", "no answer differs from the current ones");
		}
		Instant now = this.clock.instant();
		keep(screening, actor, now, reason);
		boolean crisisBefore = screening.isCrisis();
		screening.amend(corrected, Screening.Scored.of(result, this.json.writeValueAsString(result.notes())));
		// Saving publishes the corrected scores (the aggregate's ScreeningCompleted) to
		// the
		// outbox, in this transaction.
		this.screenings.saveAndFlush(screening);
		if (result.crisis() && !crisisBefore && !this.alerts.hasOpenAlert(id)) {
			this.alerts.open(id, screening.getReference(), now);
		}
		this.audit.record(actor, "screening.amended", id, "revision " + screening.getRevision());
		return screening.getRevision();
	}

	/** The amendments, oldest first, each with the scores before and after it. */
	List<Amendment> list(Screening screening) {
		List<Revision> kept = this.jdbc.sql("""
				select revision, score, band, amended_by, amended_at, reason from screening_revision
				where screening_id = ? order by revision""")
			.param(screening.getId())
			.query((rs, row) -> new Revision(rs.getInt("revision"), (Integer) rs.getObject("score"),
					rs.getString("band"), rs.getString("amended_by"), rs.getTimestamp("amended_at").toInstant(),
					rs.getString("reason")))
			.list();
		List<Amendment> amendments = new ArrayList<>();
		for (int i = 0; i < kept.size(); i++) {
			Revision before = kept.get(i);
			Screening.Scored current = screening.scored();
			Integer score = (i + 1 < kept.size()) ? kept.get(i + 1).score() : Integer.valueOf(current.score());
			String band = (i + 1 < kept.size()) ? kept.get(i + 1).band() : current.band();
			amendments.add(new Amendment(before.revision() + 1, before.amendedBy(), before.amendedAt(), before.reason(),
					before.score(), before.band(), score, band));
		}
		return amendments;
	}

	/** Keeps the revision about to be replaced, exactly as it is stored. */
	private void keep(Screening screening, String actor, Instant now, String reason) {
		Screening.Scored scored = screening.scored();
		this.jdbc.sql("""
				insert into screening_revision (screening_id, revision, answers, score, band, positive, crisis,
				    next_step_code, interpretation, notes, amended_by, amended_at, reason)
				values (?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)""")
			.params(screening.getId(), screening.getRevision(), screening.getAnswers(), scored.score(), scored.band(),
					scored.positive(), scored.crisis(), scored.nextStep().code(), scored.interpretation(),
					scored.notes(), actor, Timestamp.from(now), reason)
			.update();
	}

	private record Revision(int revision, @Nullable Integer score, @Nullable String band, String amendedBy,
			Instant amendedAt, String reason) {
	}

}
