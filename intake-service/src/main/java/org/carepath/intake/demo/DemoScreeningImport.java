package org.carepath.intake.demo;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.TreeMap;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.carepath.intake.instrument.Instrument;
import org.carepath.intake.instrument.InstrumentCatalog;
import org.carepath.intake.scoring.InvalidAnswersException;
import org.carepath.intake.scoring.Respondent;
import org.carepath.intake.scoring.ScoreResult;
import org.carepath.intake.scoring.Scorer;
import org.carepath.support.audit.AuditLog;
import org.carepath.support.demo.DemoDataRefused;
import org.carepath.support.demo.DemoImports;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.carepath.support.demo.DemoData.ENABLED;

/**
 * Stores an import in one transaction: each screening scored by the real {@link Scorer}
 * (the clinical rules stay in one place) and dated when the import says, its status
 * changes, a crisis alert when the scorer finds a crisis, and its referral links. Written
 * with SQL rather than through the screening aggregate, which dates everything "now" and
 * publishes {@code ScreeningCompleted} (referral-service would make suggestions of old
 * screenings) — and without the alert service, so no crisis notification goes out for an
 * alert of last month. Audited once, as a demo import.
 */
@Service
@ConditionalOnBooleanProperty(ENABLED)
class DemoScreeningImport {

	/** Whom the audit trail names for the import. */
	static final String ACTOR = "demo-data-import";

	private final JdbcClient jdbc;

	private final InstrumentCatalog catalog;

	private final AuditLog audit;

	private final JsonMapper json;

	private final Clock clock;

	DemoScreeningImport(JdbcClient jdbc, InstrumentCatalog catalog, AuditLog audit, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	/** What was stored. */
	record Imported(String dataset, int screenings, int statusChanges, int alerts, int acknowledged, int referrals) {
	}

	@Transactional
	Imported store(DemoScreenings request) {
		Instant now = this.clock.instant();
		DemoImports.claim(this.jdbc, request.dataset(), request.screenings().size(), now);
		int changes = 0;
		int alerts = 0;
		int acknowledged = 0;
		int referrals = 0;
		for (DemoScreenings.Screening screening : request.screenings()) {
			Instrument instrument = this.catalog.find(screening.instrument())
				.orElseThrow(() -> new DemoDataRefused(
						"Screening " + screening.id() + ": no instrument " + screening.instrument() + "."));
			ScoreResult result;
			try {
				result = Scorer.score(instrument, screening.answers(), respondent(screening.sex()));
			}
			catch (InvalidAnswersException ex) {
				throw new DemoDataRefused("Screening " + screening.id() + ": invalid answers for "
						+ screening.instrument() + " (" + ex.getMessage() + ").");
			}
			checkTimes(screening, now, result.crisis());
			insertScreening(screening, instrument, result);
			String from = "new";
			for (DemoScreenings.StatusStep step : screening.statusChanges()) {
				this.jdbc
					.sql("insert into status_change (id, screening_id, from_status, to_status, changed_by, changed_at,"
							+ " note) values (?, ?, ?, ?, ?, ?, ?)")
					.params(derived(screening.id(), "status-" + changes), screening.id(), from, step.to(), step.by(),
							Timestamp.from(step.at()), step.note())
					.update();
				from = step.to();
				changes++;
			}
			if (result.crisis()) {
				DemoScreenings.Acknowledgement ack = screening.acknowledged();
				this.jdbc
					.sql("insert into crisis_alert (id, screening_id, status, raised_at, acknowledged_by,"
							+ " acknowledged_at) values (?, ?, ?, ?, ?, ?)")
					.params(derived(screening.id(), "alert"), screening.id(), ack == null ? "open" : "acknowledged",
							Timestamp.from(screening.completedAt()), ack == null ? null : ack.by(),
							ack == null ? null : Timestamp.from(ack.at()))
					.update();
				alerts++;
				acknowledged += ack == null ? 0 : 1;
			}
			for (DemoScreenings.ReferralState referral : screening.referrals()) {
				this.jdbc
					.sql("insert into screening_referral (referral_id, screening_id, status, updated_at)"
							+ " values (?, ?, ?, ?)")
					.params(referral.id(), screening.id(), referral.status(), Timestamp.from(referral.updatedAt()))
					.update();
				referrals++;
			}
		}
		this.audit.record(ACTOR, "demo-data.imported", null, "demo dataset " + request.dataset() + ": "
				+ request.screenings().size() + " screenings dated in the past");
		return new Imported(request.dataset(), request.screenings().size(), changes, alerts, acknowledged, referrals);
	}

	private void insertScreening(DemoScreenings.Screening screening, Instrument instrument, ScoreResult result) {
		String status = screening.statusChanges().isEmpty() ? "new" : screening.statusChanges().getLast().to();
		boolean staff = screening.mode().equals("staff");
		this.jdbc.sql("""
				insert into screening (id, reference, instrument_id, instrument_version, mode, status, crisis,
				    completed_at, answers, score, band, positive, next_step_code, interpretation, notes,
				    respondent_sex, administered_by, started_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)""")
			.params(screening.id(), screening.reference(), instrument.id(), instrument.version(), screening.mode(),
					status, result.crisis(), Timestamp.from(screening.completedAt()),
					this.json.writeValueAsString(new TreeMap<>(screening.answers())), result.score(), result.band(),
					result.positive(), result.nextStep().code(), result.interpretation(),
					this.json.writeValueAsString(result.notes()), screening.sex(), staff ? "intake" : null,
					// a few minutes to answer
					Timestamp.from(screening.completedAt().minus(Duration.ofMinutes(4))),
					screening.statusChanges().size())
			.update();
	}

	/**
	 * In the past and in order: status changes after completion, an acknowledgement only
	 * of a crisis and after it was raised.
	 */
	private static void checkTimes(DemoScreenings.Screening screening, Instant now, boolean crisis) {
		Instant last = screening.completedAt();
		if (!last.isBefore(now)) {
			throw new DemoDataRefused("Screening " + screening.id() + ": completedAt must be in the past.");
		}
		for (DemoScreenings.StatusStep step : screening.statusChanges()) {
			if (step.at().isBefore(last) || step.at().isAfter(now)) {
				throw new DemoDataRefused("Screening " + screening.id()
						+ ": status changes must follow completion and each other, in the past.");
			}
			last = step.at();
		}
		DemoScreenings.Acknowledgement ack = screening.acknowledged();
		if (ack != null && !crisis) {
			throw new DemoDataRefused(
					"Screening " + screening.id() + ": its answers open no crisis alert, so none can be acknowledged.");
		}
		if (ack != null && (ack.at().isBefore(screening.completedAt()) || ack.at().isAfter(now))) {
			throw new DemoDataRefused("Screening " + screening.id() + ": acknowledged before it was raised.");
		}
	}

	private static Respondent respondent(String sex) {
		if (sex == null) {
			return Respondent.sexNotGiven();
		}
		return Respondent.of(sex.equals("female") ? Respondent.Sex.FEMALE : Respondent.Sex.MALE);
	}

	/** The same ids for the same import: a repeated import collides instead of adding. */
	private static UUID derived(UUID screening, String what) {
		return UUID.nameUUIDFromBytes((screening + "/" + what).getBytes(StandardCharsets.UTF_8));
	}

}
