package org.carepath.intake.stats;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.carepath.support.test.EmbeddedPostgresConfiguration;
import org.carepath.support.test.TestIssuer;
import org.carepath.support.test.TestIssuerConfiguration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's intake figures against rows inserted with known dates, on a real
 * PostgreSQL: the period is 2026-10-26 to 2026-11-08 in New York, across the end of
 * daylight saving time (2026-11-01), so a week or an hour taken in UTC would land
 * elsewhere.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedPostgresConfiguration.class, TestIssuerConfiguration.class })
class IntakeStatsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestIssuer keycloak;

	UUID crisisScreening;

	@BeforeEach
	void seed() {
		this.jdbc
			.sql("truncate audit_event, alert_view, crisis_alert, status_change, screening_referral, "
					+ "screening_contact, screening cascade")
			.update();
		// Sunday 23:30 EST is Monday in UTC: still the week of 2026-10-26.
		UUID s1 = screening("audit-c", "positive", true, "2026-11-02T04:30:00Z");
		screening("audit-c", "negative", false, "2026-11-02T05:30:00Z");
		// the period's first instant and last minute
		UUID s3 = screening("phq-9", "moderate", true, "2026-10-26T04:00:00Z");
		UUID s4 = screening("dast-10", "substantial", true, "2026-11-09T04:59:00Z");
		// a crisis below the cut-off
		UUID s7 = screening("phq-9", "minimal", false, "2026-11-03T12:00:00Z");
		this.crisisScreening = s7;
		// just outside, before and after
		UUID before = screening("dast-10", "severe", true, "2026-10-26T03:59:59Z");
		screening("gad-7", "severe", true, "2026-11-09T05:00:00Z");

		briefIntervention(s1);
		briefIntervention(s3);
		briefIntervention(s7);
		briefIntervention(before);

		referral(s3, "rejected");
		referral(s3, "completed");
		referral(s4, "in-progress");
		referral(s7, "requested");
		referral(s1, "cancelled");
		referral(before, "completed");

		// 02:00 and 02:30 EDT, 10 and 30 minutes to acknowledge
		alert(s3, "2026-10-27T06:00:00Z", 10);
		alert(s3, "2026-10-27T06:30:00Z", 30);
		// 14:00 EST, 20 minutes; 23:00 EST, an hour
		alert(s4, "2026-11-03T19:00:00Z", 20);
		alert(s4, "2026-11-05T04:00:00Z", 60);
		// 09:00 EST, still open
		alert(s7, "2026-11-05T14:00:00Z", null);
		// outside the period
		alert(before, "2026-10-25T12:00:00Z", 5);
	}

	@Test
	void screeningsAreCountedByMondayWeekInstrumentAndBandInClinicTime() throws Exception {
		stats("2026-10-26", "2026-11-08").andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value("2026-10-26"))
			.andExpect(jsonPath("$.to").value("2026-11-08"))
			.andExpect(jsonPath("$.timeZone").value("America/New_York"))
			.andExpect(jsonPath("$.screeningsByWeek", hasSize(5)))
			.andExpect(jsonPath("$.screeningsByWeek[0].week").value("2026-10-26"))
			.andExpect(jsonPath("$.screeningsByWeek[0].instrument").value("audit-c"))
			.andExpect(jsonPath("$.screeningsByWeek[0].band").value("positive"))
			.andExpect(jsonPath("$.screeningsByWeek[0].count").value(1))
			.andExpect(jsonPath("$.screeningsByWeek[1].week").value("2026-10-26"))
			.andExpect(jsonPath("$.screeningsByWeek[1].instrument").value("phq-9"))
			.andExpect(jsonPath("$.screeningsByWeek[1].band").value("moderate"))
			.andExpect(jsonPath("$.screeningsByWeek[2].week").value("2026-11-02"))
			.andExpect(jsonPath("$.screeningsByWeek[2].instrument").value("audit-c"))
			.andExpect(jsonPath("$.screeningsByWeek[2].band").value("negative"))
			.andExpect(jsonPath("$.screeningsByWeek[3].instrument").value("dast-10"))
			.andExpect(jsonPath("$.screeningsByWeek[3].band").value("substantial"))
			.andExpect(jsonPath("$.screeningsByWeek[4].instrument").value("phq-9"))
			.andExpect(jsonPath("$.screeningsByWeek[4].band").value("minimal"))
			.andExpect(jsonPath("$.screeningsByWeek[4].count").value(1));
	}

	@Test
	void positiveIsTheShareAtOrAboveEachInstrumentsCutOff() throws Exception {
		stats("2026-10-26", "2026-11-08").andExpect(jsonPath("$.positive", hasSize(3)))
			.andExpect(jsonPath("$.positive[0].instrument").value("audit-c"))
			.andExpect(jsonPath("$.positive[0].screened").value(2))
			.andExpect(jsonPath("$.positive[0].positive").value(1))
			.andExpect(jsonPath("$.positive[1].instrument").value("dast-10"))
			.andExpect(jsonPath("$.positive[1].screened").value(1))
			.andExpect(jsonPath("$.positive[1].positive").value(1))
			.andExpect(jsonPath("$.positive[2].instrument").value("phq-9"))
			.andExpect(jsonPath("$.positive[2].screened").value(2))
			.andExpect(jsonPath("$.positive[2].positive").value(1));
	}

	@Test
	void theFunnelFollowsTheScreeningsCompletedInThePeriod() throws Exception {
		stats("2026-10-26", "2026-11-08").andExpect(jsonPath("$.funnel.screened").value(5))
			.andExpect(jsonPath("$.funnel.positive").value(3))
			.andExpect(jsonPath("$.funnel.briefIntervention").value(3))
			// any referral, whatever became of it
			.andExpect(jsonPath("$.funnel.referred").value(4))
			// one rejected and one completed referral count once
			.andExpect(jsonPath("$.funnel.accepted").value(2))
			.andExpect(jsonPath("$.funnel.completed").value(1));
	}

	@Test
	void alertsAreCountedForEveryWeekOfThePeriodZerosIncluded() throws Exception {
		stats("2026-10-19", "2026-11-08").andExpect(jsonPath("$.alertsByWeek", hasSize(3)))
			.andExpect(jsonPath("$.alertsByWeek[0].week").value("2026-10-19"))
			.andExpect(jsonPath("$.alertsByWeek[0].alerts").value(1))
			.andExpect(jsonPath("$.alertsByWeek[1].week").value("2026-10-26"))
			.andExpect(jsonPath("$.alertsByWeek[1].alerts").value(2))
			.andExpect(jsonPath("$.alertsByWeek[2].week").value("2026-11-02"))
			.andExpect(jsonPath("$.alertsByWeek[2].alerts").value(3));
		stats("2026-11-09", "2026-11-22").andExpect(jsonPath("$.alertsByWeek", hasSize(2)))
			.andExpect(jsonPath("$.alertsByWeek[0].alerts").value(0))
			.andExpect(jsonPath("$.alertsByWeek[1].week").value("2026-11-16"))
			.andExpect(jsonPath("$.alertsByWeek[1].alerts").value(0));
	}

	@Test
	void timeToAcknowledgeIsTheMedianAndNinetiethPercentileOfTheAcknowledgedAlerts() throws Exception {
		// 10, 20, 30, 60 minutes: median between 20 and 30; p90 at 2.7 of 3 → 30 + 0.7 ×
		// 30
		stats("2026-10-26", "2026-11-08").andExpect(jsonPath("$.acknowledgement.alerts").value(5))
			.andExpect(jsonPath("$.acknowledgement.acknowledged").value(4))
			.andExpect(jsonPath("$.acknowledgement.medianMinutes").value(25.0))
			.andExpect(jsonPath("$.acknowledgement.p90Minutes").value(51.0));
	}

	@Test
	void byHourHasTwentyFourZeroFilledHoursOfTheClinicsDay() throws Exception {
		ResultActions result = stats("2026-10-26", "2026-11-08");
		result.andExpect(jsonPath("$.acknowledgement.byHour", hasSize(24)))
			.andExpect(jsonPath("$.acknowledgement.byHour[0].hour").value(0))
			.andExpect(jsonPath("$.acknowledgement.byHour[0].alerts").value(0))
			.andExpect(jsonPath("$.acknowledgement.byHour[0].acknowledged").value(0))
			.andExpect(jsonPath("$.acknowledgement.byHour[0].medianMinutes").value(nullValue()))
			.andExpect(jsonPath("$.acknowledgement.byHour[0].p90Minutes").value(nullValue()))
			// 02:00 and 02:30 EDT: 10 and 30 minutes
			.andExpect(jsonPath("$.acknowledgement.byHour[2].alerts").value(2))
			.andExpect(jsonPath("$.acknowledgement.byHour[2].acknowledged").value(2))
			.andExpect(jsonPath("$.acknowledgement.byHour[2].medianMinutes").value(20.0))
			.andExpect(jsonPath("$.acknowledgement.byHour[2].p90Minutes").value(28.0))
			// 09:00 EST, open
			.andExpect(jsonPath("$.acknowledgement.byHour[9].alerts").value(1))
			.andExpect(jsonPath("$.acknowledgement.byHour[9].acknowledged").value(0))
			.andExpect(jsonPath("$.acknowledgement.byHour[9].medianMinutes").value(nullValue()))
			// 14:00 EST is 19:00 UTC
			.andExpect(jsonPath("$.acknowledgement.byHour[14].alerts").value(1))
			.andExpect(jsonPath("$.acknowledgement.byHour[14].medianMinutes").value(20.0))
			.andExpect(jsonPath("$.acknowledgement.byHour[19].alerts").value(0))
			.andExpect(jsonPath("$.acknowledgement.byHour[23].alerts").value(1))
			.andExpect(jsonPath("$.acknowledgement.byHour[23].p90Minutes").value(60.0));
	}

	@Test
	void withoutAPeriodItReportsTheTwelveCompleteWeeksBeforeThisOne() throws Exception {
		String body = this.mvc.perform(get("/api/intake/stats").header(HttpHeaders.AUTHORIZATION, staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.alertsByWeek", hasSize(12)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		LocalDate from = LocalDate.parse(body.replaceAll("(?s).*\"from\":\"([0-9-]+)\".*", "$1"));
		LocalDate to = LocalDate.parse(body.replaceAll("(?s).*\"to\":\"([0-9-]+)\".*", "$1"));
		assertThat(from.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
		assertThat(to).isEqualTo(from.plusWeeks(12).minusDays(1));
	}

	@Test
	void aBadPeriodIsA400Problem() throws Exception {
		for (String[] period : List.of(new String[] { "2026-10-32", "2026-11-08" },
				new String[] { "2026-11-08", "2026-11-07" }, new String[] { "2024-11-08", "2026-11-08" })) {
			stats(period[0], period[1]).andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("urn:carepath:problem:validation"))
				.andExpect(jsonPath("$.errors", hasSize(1)));
		}
	}

	@Test
	void onlyStaffMayReadTheFigures() throws Exception {
		this.mvc
			.perform(get("/api/intake/stats").header(HttpHeaders.AUTHORIZATION,
					"Bearer " + this.keycloak.token("pat", List.of("patient"), "carepath-intake")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/intake/stats")).andExpect(status().isUnauthorized());
	}

	private ResultActions stats(String from, String to) throws Exception {
		return this.mvc.perform(get("/api/intake/stats").param("from", from)
			.param("to", to)
			.header(HttpHeaders.AUTHORIZATION, staff()));
	}

	private String staff() {
		return "Bearer " + this.keycloak.token("intake", List.of("staff"), "carepath-intake");
	}

	private UUID screening(String instrument, String band, boolean positive, String completedAt) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into screening (id, reference, instrument_id, instrument_version, mode, status, crisis,
				                       completed_at, band, positive)
				values (?, ?, ?, '1.0.0', 'self', 'new', false, ?, ?, ?)""")
			.params(id, id.toString().substring(0, 8), instrument, at(completedAt), band, positive)
			.update();
		return id;
	}

	private void briefIntervention(UUID screening) {
		this.jdbc.sql("""
				insert into status_change (id, screening_id, from_status, to_status, changed_by, changed_at, note)
				values (?, ?, 'in-review', 'brief-intervention-done', 'clinician', now(), 'Talked.')""")
			.params(UUID.randomUUID(), screening)
			.update();
	}

	private void referral(UUID screening, String status) {
		this.jdbc.sql(
				"insert into screening_referral (referral_id, screening_id, status, updated_at) values (?, ?, ?, now())")
			.params(UUID.randomUUID(), screening, status)
			.update();
	}

	private void alert(UUID screening, String raisedAt, @Nullable Integer minutesToAcknowledge) {
		Instant raised = Instant.parse(raisedAt);
		boolean acknowledged = minutesToAcknowledge != null;
		this.jdbc.sql("""
				insert into crisis_alert (id, screening_id, status, raised_at, acknowledged_by, acknowledged_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), screening, acknowledged ? "acknowledged" : "open", Timestamp.from(raised),
					acknowledged ? "intake" : null,
					acknowledged ? Timestamp.from(raised.plusSeconds(60L * minutesToAcknowledge)) : null)
			.update();
	}

	private static Timestamp at(String instant) {
		return Timestamp.from(Instant.parse(instant));
	}

}
